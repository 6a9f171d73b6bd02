package org.phonelock.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * B3: runs {@link ScaleBenchmark} with JMH and {@link HeapProbe} in a fresh JVM per directory
 * size. Growth is judged against 2x: a 100 times larger directory must not even double the time
 * of an action whose matching lines stay the same.
 */
final class ScaleRunner {
  /** 1 GiB for 1,000,000 users (docs/benchmarks.md), in bytes per user. */
  static final double HEAP_GOAL_PER_USER = (1L << 30) / 1_000_000.0;

  private static final int[] SIZES = {10_000, 100_000, 1_000_000};

  private ScaleRunner() {}

  /**
   * Runs B3.
   *
   * @param settings JMH iterations
   * @return rows: lock time per size against the full scan, growth, heap per user
   * @throws Exception when JMH or a probe fails
   */
  static List<Row> run(Settings settings) throws Exception {
    Map<String, Double> micros = jmh(settings);
    List<Row> rows = new ArrayList<>();
    for (int size : SIZES) {
      rows.add(new Row("B3 scale", String.format("lock 1 department (100 lines) over HTTP,"
              + " %,d users", size), "us", micros.get("indexedLockOverHttp " + size),
          "full scan with the domain rule", micros.get("fullScanInProcess " + size),
          Row.Goal.NONE));
    }
    rows.add(new Row("B3 scale", "growth: HTTP lock at 1,000,000 users vs 10,000", "us",
        micros.get("indexedLockOverHttp 1000000"), "same at 10,000 users",
        micros.get("indexedLockOverHttp 10000"), Row.Goal.ratioAtMost(2.0)));
    for (int size : SIZES) {
      List<String> heap = Jvm.linesOf(
          Jvm.command(List.of("-Xmx3g"), HeapProbe.class, Integer.toString(size)), "");
      double bytes = Double.parseDouble(value(heap, "HEAP_BYTES "));
      System.out.printf("  B3 heap %,d users: %,.0f bytes, load %s ms%n", size, bytes,
          value(heap, "LOAD_MS "));
      rows.add(new Row("B3 scale", String.format("heap per user, %,d users, 1 line each "
              + "(total %,.0f MiB; load+start %s ms)", size, bytes / (1 << 20),
              value(heap, "LOAD_MS ")), "bytes", bytes / size, "-", Double.NaN,
          size == 1_000_000 ? Row.Goal.valueAtMost(HEAP_GOAL_PER_USER, "bytes") : Row.Goal.NONE));
    }
    return rows;
  }

  /**
   * Medians of the JMH iterations, by "method size", in microseconds per operation. A full
   * collection before each iteration: generating a directory of 1,000,000 users leaves much
   * garbage, whose collection would otherwise fall into the first measured iterations.
   */
  private static Map<String, Double> jmh(Settings settings) throws Exception {
    Options options = new OptionsBuilder()
        .include(ScaleBenchmark.class.getName() + "\\.")
        .warmupIterations(settings.jmhWarmups()).warmupTime(TimeValue.seconds(1))
        .measurementIterations(settings.jmhIterations()).measurementTime(TimeValue.seconds(1))
        .forks(1).shouldDoGC(true).shouldFailOnError(true).verbosity(VerboseMode.SILENT)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Double> medians = new TreeMap<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      String key = benchmark.substring(benchmark.lastIndexOf('.') + 1) + " "
          + result.getParams().getParam("users");
      List<Double> scores = result.getBenchmarkResults().stream()
          .flatMap(b -> b.getIterationResults().stream())
          .map(i -> i.getPrimaryResult().getScore()).toList();
      medians.put(key, Stats.median(scores));
      System.out.printf("  B3 %-28s %,12.1f us/op  (iterations %s)%n", key, medians.get(key),
          scores.stream().map(Row::format).toList());
    }
    return medians;
  }

  private static String value(List<String> lines, String prefix) {
    return lines.stream().filter(l -> l.startsWith(prefix)).findFirst()
        .map(l -> l.substring(prefix.length()))
        .orElseThrow(() -> new IllegalStateException("the heap probe printed no " + prefix));
  }
}
