package org.phonelock.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B2: start-up to the first 200, fake server vs WireMock, each started in-process as a JUnit
 * extension would, in fresh JVMs (see {@link StartupProbe}). The JVM's own boot (about the
 * hello-world time of B4) is the same for both and is not counted. Warm figures are the second
 * half of the starts in each JVM, when the start-up path is compiled, as in a long test suite.
 */
final class StartupBenchmark {
  private StartupBenchmark() {}

  /**
   * Runs B2.
   *
   * @param settings how many JVMs and starts per JVM
   * @param wireMock the peer's name for the table
   * @return the rows: cold start, warm restart
   * @throws Exception when a probe fails
   */
  static List<Row> run(Settings settings, String wireMock) throws Exception {
    List<String> kinds = List.of("fake", "fake-memo", "wiremock");
    Map<String, List<Double>> cold = new HashMap<>();
    Map<String, List<Double>> warm = new HashMap<>();
    for (int jvm = 0; jvm < settings.startupJvms(); jvm++) {
      for (int k = 0; k < kinds.size(); k++) {
        String kind = kinds.get((jvm + k) % kinds.size());
        List<String> samples = Jvm.linesOf(Jvm.command(List.of("-Xmx1g"), StartupProbe.class,
            kind, Integer.toString(settings.restartsPerJvm())), "STARTUP_NS ");
        cold.computeIfAbsent(kind, x -> new ArrayList<>()).add(millis(samples.get(0)));
        // The second half only: by then the JIT has compiled the start-up path.
        for (String sample : samples.subList(samples.size() / 2, samples.size())) {
          warm.computeIfAbsent(kind, x -> new ArrayList<>()).add(millis(sample));
        }
      }
    }
    System.out.printf("  B2 cold ms: fake %s, wiremock %s%n", cold.get("fake"),
        cold.get("wiremock"));
    return List.of(
        new Row("B2 start-up", "cold: fresh JVM, start to first 200 (what one test class pays)",
            "ms", Stats.median(cold.get("fake")), wireMock,
            Stats.median(cold.get("wiremock")), Row.Goal.ratioAtMost(0.40)),
        row("warm: later starts in the same JVM (JIT-compiled)", warm.get("fake"), wireMock,
            warm),
        row("warm, sample directory read once (proposed memoized UserDirectory.sample())",
            warm.get("fake-memo"), wireMock, warm));
  }

  private static Row row(String measure, List<Double> fake, String wireMock,
      Map<String, List<Double>> samples) {
    return new Row("B2 start-up", measure, "ms", Stats.median(fake), wireMock,
        Stats.median(samples.get("wiremock")), Row.Goal.ratioAtMost(0.5));
  }

  private static double millis(String nanos) {
    return Long.parseLong(nanos) / 1e6;
  }
}
