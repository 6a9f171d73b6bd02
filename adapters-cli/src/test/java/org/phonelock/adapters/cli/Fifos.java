package org.phonelock.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Named pipes for tests, made with {@code mkfifo} inside a temporary folder. */
public final class Fifos {
  private Fifos() {}

  /** Makes a FIFO with no writer at {@code path}. */
  public static Path make(Path path) throws IOException, InterruptedException {
    Process mkfifo = new ProcessBuilder("mkfifo", path.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(mkfifo.waitFor(60, TimeUnit.SECONDS)).as("mkfifo finished").isTrue();
    assertThat(mkfifo.exitValue()).as("mkfifo " + path).isZero();
    return path;
  }
}
