package org.phonelock.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts child JVMs with this JVM's class path, for benchmarks that need a fresh process. */
final class Jvm {
  private Jvm() {}

  /**
   * The {@code java} launcher of this JVM.
   *
   * @return its path
   */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * A command line running a main class of this module.
   *
   * @param jvmOptions options such as {@code -Xmx2g}
   * @param mainClass the class
   * @param args its arguments
   * @return the command
   */
  static List<String> command(List<String> jvmOptions, Class<?> mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(jvmOptions);
    command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
    // Jetty warns that WireMock's default acceptor count exceeds 2 cores (the default is kept),
    // and about connections a benchmark closes as the server stops.
    command.add("-Dorg.slf4j.simpleLogger.log.org.eclipse.jetty=error");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    return command;
  }

  /**
   * Runs a command to its end and returns the lines it printed that start with {@code prefix}.
   *
   * @param command the command
   * @param prefix e.g. {@code "HEAP "}
   * @return the rest of each such line
   * @throws IOException when it cannot start or exits with a non-zero status
   * @throws InterruptedException when interrupted while waiting
   */
  static List<String> linesOf(List<String> command, String prefix)
      throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    List<String> found = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(prefix)) {
          found.add(line.substring(prefix.length()));
        }
      }
    }
    if (process.waitFor() != 0) {
      throw new IOException(command.get(command.size() - 1) + " exited with " + process.exitValue());
    }
    return found;
  }
}
