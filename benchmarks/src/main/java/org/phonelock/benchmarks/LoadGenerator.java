package org.phonelock.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop load: {@code clients} threads, each on its own keep-alive connection, each sending
 * the next request as soon as the previous answer is read, first for a warm-up, then for the
 * measured time. Every latency is recorded (HdrHistogram, 3 significant digits).
 */
final class LoadGenerator {
  private LoadGenerator() {}

  /**
   * What one measured period gave.
   *
   * @param requestsPerSecond answered requests per second
   * @param p50Micros median latency, microseconds
   * @param p99Micros 99th percentile latency, microseconds
   * @param notOk answers other than 200 (should be 0: a benchmark of errors measures nothing)
   */
  record Load(double requestsPerSecond, double p50Micros, double p99Micros, long notOk) {}

  /**
   * Runs the load.
   *
   * @param base the server
   * @param target the request target
   * @param authorization the {@code Authorization} value
   * @param clients concurrent connections
   * @param warmup load before measuring
   * @param measure measured load
   * @return the figures of the measured period
   * @throws Exception when a connection fails
   */
  static Load run(URI base, String target, String authorization, int clients, Duration warmup,
      Duration measure) throws Exception {
    long start = System.nanoTime();
    long measureFrom = start + warmup.toNanos();
    long measureUntil = measureFrom + measure.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<Histogram>> futures = new ArrayList<>();
      long[][] notOk = new long[clients][1];
      for (int c = 0; c < clients; c++) {
        long[] count = notOk[c];
        futures.add(pool.submit(() -> client(base, target, authorization, measureFrom,
            measureUntil, count)));
      }
      Histogram all = new Histogram(3_600_000_000L, 3);
      for (Future<Histogram> future : futures) {
        all.add(future.get());
      }
      long failures = 0;
      for (long[] count : notOk) {
        failures += count[0];
      }
      double seconds = measure.toNanos() / 1e9;
      return new Load(all.getTotalCount() / seconds, all.getValueAtPercentile(50) / 1000.0,
          all.getValueAtPercentile(99) / 1000.0, failures);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Histogram client(URI base, String target, String authorization,
      long measureFrom, long measureUntil, long[] notOk) throws IOException {
    Histogram latencies = new Histogram(3_600_000_000L, 3);
    try (HttpPut put = new HttpPut(base, target, authorization)) {
      for (long now = System.nanoTime(); now < measureUntil; ) {
        int status = put.send();
        long done = System.nanoTime();
        if (now >= measureFrom) {
          latencies.recordValue(done - now);
          notOk[0] += status == 200 ? 0 : 1;
        }
        now = done;
      }
    }
    return latencies;
  }
}
