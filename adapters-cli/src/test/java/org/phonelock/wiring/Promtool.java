package org.phonelock.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * {@code promtool check metrics}, Prometheus's own checker of the text exposition format (Debian
 * package prometheus, installed by {@code .ci/install-test-tools}). A missing promtool fails the
 * test: a check that skipped itself would prove nothing.
 */
final class Promtool {
  private Promtool() {}

  static Path find() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "promtool");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("promtool is not on the PATH; run .ci/install-test-tools (Debian"
        + " package prometheus) before mvn verify");
  }

  /** Fails unless promtool accepts the file, lint warnings included. */
  static void check(Path metrics) throws Exception {
    Process process = new ProcessBuilder(find().toString(), "check", "metrics")
        .redirectInput(metrics.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("promtool check metrics: %s%n%s", output,
        Files.readString(metrics)).isZero();
    assertThat(output.strip()).as("promtool lint").isEmpty();
  }
}
