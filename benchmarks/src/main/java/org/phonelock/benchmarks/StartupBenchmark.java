package org.phonelock.benchmarks;

import java.util.ArrayList;
import java.util.List;

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
    List<Double> fakeCold = new ArrayList<>();
    List<Double> fakeWarm = new ArrayList<>();
    List<Double> peerCold = new ArrayList<>();
    List<Double> peerWarm = new ArrayList<>();
    for (int jvm = 0; jvm < settings.startupJvms(); jvm++) {
      for (String kind : jvm % 2 == 0 ? List.of("fake", "wiremock") : List.of("wiremock", "fake")) {
        List<String> samples = Jvm.linesOf(Jvm.command(List.of("-Xmx1g"), StartupProbe.class,
            kind, Integer.toString(settings.restartsPerJvm())), "STARTUP_NS ");
        boolean fake = kind.equals("fake");
        (fake ? fakeCold : peerCold).add(Long.parseLong(samples.get(0)) / 1e6);
        // The second half only: by then the JIT has compiled the start-up path.
        for (int i = samples.size() / 2; i < samples.size(); i++) {
          (fake ? fakeWarm : peerWarm).add(Long.parseLong(samples.get(i)) / 1e6);
        }
      }
    }
    System.out.printf("  B2 cold ms: fake %s, wiremock %s%n", fakeCold, peerCold);
    return List.of(
        new Row("B2 start-up", "cold: fresh JVM, start to first 200", "ms",
            Stats.median(fakeCold), wireMock, Stats.median(peerCold), Row.Goal.ratioAtMost(0.5)),
        new Row("B2 start-up", "warm: later starts in the same JVM (JIT-compiled)", "ms",
            Stats.median(fakeWarm), wireMock, Stats.median(peerWarm), Row.Goal.ratioAtMost(0.5)));
  }
}
