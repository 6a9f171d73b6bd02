package org.phonelock.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a CLI run spends its start-up on: one run under {@code -Xlog:class+load} with up-time
 * stamps, its classes counted by library, with when each library's first and last class loaded.
 */
final class ClassLoadCensus {
  private static final Pattern LINE =
      Pattern.compile("\\[(\\d+\\.\\d+)s\\] (\\S+) source: (.*)");

  /** Libraries by package prefix, in the order they are reported. */
  private static final Map<String, List<String>> GROUPS = groups();

  /** Classes whose first load marks a phase of the run, by the phase's name. */
  private static final Map<String, String> MILESTONES = Map.of(
      "main", "org.phonelock.wiring.Main",
      "picocli", "picocli.",
      "Jersey", "org.glassfish.jersey.",
      "HK2", "org.glassfish.hk2.",
      "Jackson", "com.fasterxml.jackson.",
      "HTTP request", "sun.net.www.protocol.http.HttpURLConnection",
      "answer mapping", "org.phonelock.adapters.http.ResponseMapper");

  private ClassLoadCensus() {}

  /**
   * Counts the classes of one hello-world run and one CLI run.
   *
   * @param hello the hello-world command
   * @param cli the CLI command, a {@code java} launcher first
   * @param env the CLI's environment additions
   * @param work a directory for the logs
   * @return note lines for the report
   * @throws IOException when a run fails
   * @throws InterruptedException when interrupted while waiting
   */
  static List<String> census(List<String> hello, List<String> cli, Map<String, String> env,
      Path work) throws IOException, InterruptedException {
    List<String> notes = new ArrayList<>();
    notes.add("JVM hello-world: " + lines(hello, Map.of(), work.resolve("hello.log")).size()
        + " classes loaded.");
    List<String> log = lines(cli, env, work.resolve("cli.log"));
    long shared = log.stream().filter(l -> l.contains("source: shared objects file")).count();
    notes.add(String.format(Locale.ROOT, "phonelock lock (as shipped): %,d classes loaded, %,d"
        + " of them from the JDK's default CDS archive.", log.size(), shared));
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Double> firsts = new LinkedHashMap<>();
    double last = 0;
    for (String line : log) {
      Matcher m = LINE.matcher(line);
      if (m.matches()) {
        double time = Double.parseDouble(m.group(1));
        counts.merge(group(m.group(2)), 1, Integer::sum);
        MILESTONES.forEach((name, prefix) -> {
          if (m.group(2).startsWith(prefix)) {
            firsts.putIfAbsent(name, time);
          }
        });
        last = Math.max(last, time);
      }
    }
    notes.add("- classes by library: " + counts.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue())
        .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
        .collect(Collectors.joining(", ")));
    notes.add("- first class loaded, in seconds of JVM up-time: " + firsts.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .map(e -> String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue()))
        .collect(Collectors.joining(", ")) + String.format(Locale.ROOT, "; last class %.3f", last));
    return notes;
  }

  private static List<String> lines(List<String> command, Map<String, String> env, Path log)
      throws IOException, InterruptedException {
    List<String> argv = new ArrayList<>(command);
    argv.add(1, "-Xlog:class+load:file=" + log + ":uptime");
    ProcessBuilder builder = new ProcessBuilder(argv)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().putAll(env);
    if (builder.start().waitFor() != 0) {
      throw new IOException("the class-loading census run failed");
    }
    return Files.readAllLines(log);
  }

  private static String group(String className) {
    for (Map.Entry<String, List<String>> group : GROUPS.entrySet()) {
      if (group.getValue().stream().anyMatch(className::startsWith)) {
        return group.getKey();
      }
    }
    return "other";
  }

  private static Map<String, List<String>> groups() {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    groups.put("phonelock", List.of("org.phonelock."));
    groups.put("Jersey + HK2 + Jakarta REST", List.of("org.glassfish.", "org.jvnet.",
        "jakarta.", "javassist.", "org.aopalliance."));
    groups.put("Jackson", List.of("com.fasterxml."));
    groups.put("picocli", List.of("picocli."));
    groups.put("Dagger", List.of("dagger."));
    groups.put("Guava", List.of("com.google."));
    groups.put("slf4j", List.of("org.slf4j."));
    groups.put("JDK", List.of("java.", "javax.", "jdk.", "sun.", "com.sun."));
    return groups;
  }
}
