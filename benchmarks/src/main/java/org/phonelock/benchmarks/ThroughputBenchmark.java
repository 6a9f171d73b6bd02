package org.phonelock.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * B1: an authenticated {@code PUT .../Lock?department=dept-42} on a 100,000-user directory, 8
 * keep-alive clients, against the fake server and against WireMock, each in its own JVM. The
 * servers take turns, round after round, so that a slow patch of a shared machine hits both. The
 * fake runs as shipped and, while the shipped one leaves Nagle's algorithm on (see {@link
 * ServerMain#NODELAY}), also with {@code TCP_NODELAY}.
 */
final class ThroughputBenchmark {
  static final int USERS = 100_000;
  static final int CLIENTS = 8;

  private ThroughputBenchmark() {}

  /**
   * Runs B1.
   *
   * @param settings rounds and durations
   * @param wireMock the peer's name for the table
   * @return the rows: requests per second, p99 latency
   * @throws Exception when a server cannot start or a connection fails
   */
  static List<Row> run(Settings settings, String wireMock) throws Exception {
    Map<String, List<Double>> rps = new LinkedHashMap<>();
    Map<String, List<Double>> p99 = new LinkedHashMap<>();
    List<String> kinds = new ArrayList<>(List.of("fake", "fake-nodelay", "wiremock"));
    for (int round = 0; round < settings.rounds(); round++) {
      for (int i = 0; i < kinds.size(); i++) {
        String kind = kinds.get((round + i) % kinds.size());
        LoadGenerator.Load load = measure(kind, settings, kinds);
        System.out.printf("  B1 round %d %-12s %,10.0f req/s  p50 %,8.0f us  p99 %,8.0f us%n",
            round + 1, kind, load.requestsPerSecond(), load.p50Micros(), load.p99Micros());
        if (load.notOk() > 0) {
          throw new IllegalStateException(kind + " answered " + load.notOk() + " non-200s");
        }
        rps.computeIfAbsent(kind, k -> new ArrayList<>()).add(load.requestsPerSecond());
        p99.computeIfAbsent(kind, k -> new ArrayList<>()).add(load.p99Micros());
      }
    }
    List<Row> rows = new ArrayList<>();
    for (String kind : rps.keySet()) {
      if (!kind.equals("wiremock")) {
        String what = (kind.equals("fake") ? "" : "TCP_NODELAY on (proposed fix), ")
            + "8 clients, keep-alive, 100,000 users";
        rows.add(new Row("B1 throughput", "requests/s, " + what, "req/s",
            Stats.median(rps.get(kind)), wireMock, Stats.median(rps.get("wiremock")),
            Row.Goal.ratioAtLeast(1.0)));
        rows.add(new Row("B1 throughput", "p99 latency, " + what, "us",
            Stats.median(p99.get(kind)), wireMock, Stats.median(p99.get("wiremock")),
            Row.Goal.ratioAtMost(1.0)));
      }
    }
    return rows;
  }

  /** Measures one server; drops the no-delay variant once the shipped server needs none. */
  private static LoadGenerator.Load measure(String kind, Settings settings, List<String> kinds)
      throws Exception {
    Process server = new ProcessBuilder(Jvm.command(List.of("-Xmx2g"), ServerMain.class, kind,
        Integer.toString(USERS))).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try {
      URI base = URI.create(awaitReady(server, kind, kinds));
      return LoadGenerator.run(base, Servers.lockTarget(Directories.LOCKED_DEPARTMENT),
          Directories.adminAuthorization(), CLIENTS, settings.warmup(), settings.measure());
    } finally {
      server.getOutputStream().close();
      if (!server.waitFor(10, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  private static String awaitReady(Process server, String kind, List<String> kinds)
      throws IOException {
    BufferedReader out = new BufferedReader(
        new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.equals("NODELAY true") && kind.equals("fake")) {
        kinds.remove("fake-nodelay");
      }
      if (line.startsWith("READY ")) {
        return line.substring(6);
      }
    }
    throw new IOException("the server process ended before it was ready");
  }
}
