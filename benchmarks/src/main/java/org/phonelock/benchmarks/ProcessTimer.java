package org.phonelock.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Whole-process wall time: from starting a process to its exit, as a shell user waits. */
final class ProcessTimer {
  private ProcessTimer() {}

  /**
   * A command line and the environment variables it needs.
   *
   * @param argv the program and its arguments
   * @param env variables added to this process's environment
   */
  record Command(List<String> argv, Map<String, String> env) {}

  /**
   * Makes an AppCDS archive: runs the command once with {@code -XX:ArchiveClassesAtExit}, which
   * writes the classes the run loaded to {@code archive} at exit (JDK 13 and later).
   *
   * @param java the command, a {@code java} launcher first
   * @param archive where the archive goes
   * @throws IOException when the run fails or writes no archive
   * @throws InterruptedException when interrupted while waiting
   */
  static void train(Command java, Path archive) throws IOException, InterruptedException {
    List<String> argv = new ArrayList<>(java.argv());
    argv.add(1, "-XX:ArchiveClassesAtExit=" + archive);
    double millis = once(new Command(argv, java.env()));
    if (Double.isNaN(millis) || !Files.isRegularFile(archive)) {
      throw new IOException("the AppCDS training run wrote no archive to " + archive);
    }
    System.out.printf("  B4 AppCDS training run: %.0f ms, archive %,d bytes%n", millis,
        Files.size(archive));
  }

  /**
   * Times each command {@code runs} times, after one untimed run each (to fill the file cache).
   * The commands take turns, the first one changing every run.
   *
   * @param commands the commands by name
   * @param runs timed runs per command
   * @return the wall times in milliseconds by name; empty for a program that is not installed
   * @throws IOException when a command exits with a non-zero status
   * @throws InterruptedException when interrupted while waiting
   */
  static Map<String, List<Double>> time(Map<String, Command> commands, int runs)
      throws IOException, InterruptedException {
    List<String> names = new ArrayList<>(commands.keySet());
    Map<String, List<Double>> millis = new LinkedHashMap<>();
    for (String name : names) {
      millis.put(name, new ArrayList<>());
      if (Double.isNaN(once(commands.get(name)))) {
        System.out.println("  B4 " + name + ": not installed, skipped");
        millis.put(name, null);
      }
    }
    for (int run = 0; run < runs; run++) {
      for (int i = 0; i < names.size(); i++) {
        String name = names.get((run + i) % names.size());
        if (millis.get(name) != null) {
          millis.get(name).add(once(commands.get(name)));
        }
      }
    }
    millis.replaceAll((name, samples) -> samples == null ? List.of() : samples);
    return millis;
  }

  /** One timed run; NaN when the program cannot be started at all. */
  private static double once(Command command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command.argv())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().putAll(command.env());
    long start = System.nanoTime();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return Double.NaN;
    }
    int exit = process.waitFor();
    double millis = (System.nanoTime() - start) / 1e6;
    if (exit != 0) {
      // Not the whole command line: curl's holds the (demo) password.
      throw new IOException(command.argv().get(0) + " ... " + command.argv().get(
          command.argv().size() - 1) + " exited with " + exit);
    }
    return millis;
  }
}
