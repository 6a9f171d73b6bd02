package org.phonelock.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs every benchmark of docs/benchmarks.md (B1 to B5), prints the table of medians with the ratios to
 * their peers measured in the same run, and optionally rewrites the results section of {@code
 * docs/benchmarks.md}. Started by {@code bench/run}.
 */
public final class BenchmarkMain {
  private BenchmarkMain() {}

  /**
   * Runs the benchmarks.
   *
   * @param args {@code --jar=<phonelock.jar>} (required for B4), {@code --doc=<file>} to rewrite
   *     its results section, {@code --quick} for short runs, {@code --only=B1,B3} for a subset
   * @throws Exception when a benchmark fails
   */
  public static void main(String[] args) throws Exception {
    Settings settings = settings(args);
    // B4 and B5 start fake servers in this JVM. Without TCP_NODELAY every keep-alive request but
    // the first few waits ~40 ms for a delayed ACK (see ServerMain.NODELAY), which would drown
    // the 5 ms latency B5 is about; B1 measures the server as shipped.
    System.setProperty(ServerMain.NODELAY, "true");
    long start = System.nanoTime();
    String load = Machine.loadAverage();
    String wireMock = "WireMock " + Machine.version("wiremock");
    List<Row> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (settings.runs("B1")) {
      rows.addAll(timed("B1", () -> ThroughputBenchmark.run(settings, wireMock)));
    }
    if (settings.runs("B2")) {
      rows.addAll(timed("B2", () -> StartupBenchmark.run(settings, wireMock)));
    }
    if (settings.runs("B3")) {
      rows.addAll(timed("B3", () -> ScaleRunner.run(settings)));
    }
    if (settings.runs("B4")) {
      rows.addAll(timed("B4", () -> CliBenchmark.run(settings, notes)));
    }
    if (settings.runs("B5")) {
      rows.addAll(timed("B5", () -> BulkBenchmark.run(settings)));
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.println();
    System.out.print(Report.text(rows));
    notes.forEach(System.out::println);
    List<String> context = context(args, load, took);
    context.forEach(System.out::println);
    if (settings.doc().isPresent()) {
      Report.rewrite(settings.doc().get(), Report.markdown(rows, context, notes));
      System.out.println("Rewrote the results section of " + settings.doc().get());
    }
  }

  /** A benchmark run, which may fail. */
  private interface Benchmark {
    List<Row> run() throws Exception;
  }

  private static List<Row> timed(String id, Benchmark benchmark) throws Exception {
    System.out.println(id + "...");
    long start = System.nanoTime();
    List<Row> rows = benchmark.run();
    System.out.printf("%s done in %d s (load average %s)%n", id,
        (System.nanoTime() - start) / 1_000_000_000L, Machine.loadAverage());
    return rows;
  }

  private static List<String> context(String[] args, String load, Duration took) {
    List<String> context = new ArrayList<>();
    context.add("- Date: " + ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME));
    context.add("- Machine: " + Machine.describe().replaceFirst("load average at start .*",
        "load average at start " + load + ", at end " + Machine.loadAverage()));
    context.add("- JVM: " + Machine.jvm() + "; JMH " + Machine.version("jmh") + "; WireMock "
        + Machine.version("wiremock"));
    List<String> shown = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("--doc=")) {
        shown.add("--doc");
      } else if (!arg.startsWith("--jar=")) {
        shown.add(arg);
      }
    }
    context.add("- Command: `" + String.join(" ", "bench/run", String.join(" ", shown)).trim()
        + "` at commit " + System.getenv().getOrDefault("BENCH_COMMIT", "?")
        + "; the benchmarks took " + took.toSeconds() + " s");
    if (Double.parseDouble(load.equals("?") ? "0" : load)
        > Runtime.getRuntime().availableProcessors()) {
      context.add("- **The machine was busy** (load average " + load + " on "
          + Runtime.getRuntime().availableProcessors() + " cores at start): the figures are"
          + " noisy; re-run on a quiet machine before drawing conclusions.");
    }
    context.add("- Ratio = phonelock / peer. Every figure is a median (how many samples: see"
        + " \"What is measured\").");
    return context;
  }

  private static Settings settings(String[] args) {
    boolean quick = false;
    Set<String> only = new HashSet<>();
    Path jar = Path.of("adapters-cli/target/phonelock.jar");
    Optional<Path> doc = Optional.empty();
    for (String arg : args) {
      if (arg.equals("--quick")) {
        quick = true;
      } else if (arg.startsWith("--only=")) {
        only.addAll(List.of(arg.substring(7).toUpperCase(java.util.Locale.ROOT).split(",")));
      } else if (arg.startsWith("--jar=")) {
        jar = Path.of(arg.substring(6));
      } else if (arg.startsWith("--doc=")) {
        doc = Optional.of(Path.of(arg.substring(6)));
      } else {
        throw new IllegalArgumentException("unknown argument '" + arg + "'; accepted: --quick,"
            + " --only=B1,...,B5, --jar=FILE, --doc=FILE");
      }
    }
    return quick ? Settings.quick(only, jar, doc) : Settings.full(only, jar, doc);
  }
}
