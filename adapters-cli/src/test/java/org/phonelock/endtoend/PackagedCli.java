package org.phonelock.endtoend;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code phonelock.jar} as a separate process, as users run it. */
final class PackagedCli {
  static final Path JAR = Path.of(System.getProperty("phonelock.jar", "target/phonelock.jar"));

  record Run(int exitCode, String out, String err) {}

  private PackagedCli() {}

  static List<String> command(String... args) {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException("run `mvn verify`: the packaged jar is missing: " + JAR);
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    return command;
  }

  static Run run(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command(args));
    builder.environment().remove("PHONELOCK_PASSWORD");
    builder.environment().putAll(environment);
    builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    // Files, not pipes: reading one pipe to its end while the other fills would block both.
    Path out = java.nio.file.Files.createTempFile("phonelock-out", ".txt");
    Path err = java.nio.file.Files.createTempFile("phonelock-err", ".txt");
    try {
      builder.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process process = builder.start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("phonelock did not finish: " + List.of(args));
      }
      return new Run(process.exitValue(), java.nio.file.Files.readString(out),
          java.nio.file.Files.readString(err));
    } finally {
      java.nio.file.Files.deleteIfExists(out);
      java.nio.file.Files.deleteIfExists(err);
    }
  }

  /** Starts {@code phonelock fake-server}; returns the process and the first stdout line. */
  static Process startFakeServer(List<String> firstLine, String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("fake-server"));
    all.addAll(List.of(args));
    Process process = new ProcessBuilder(command(all.toArray(String[]::new)))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    firstLine.add(reader.readLine());
    return process;
  }
}
