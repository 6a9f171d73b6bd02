package org.phonelock.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.Fault;
import org.phonelock.application.service.BulkOutcome;
import org.phonelock.application.service.BulkPhoneLock;
import org.phonelock.adapters.http.PhoneLockClient;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.domain.Credentials;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.PhoneLockAction;

/**
 * B5: 1,000 lock requests, each for another department, through the library ({@link
 * PhoneLockClient}) against the fake server answering every request 5 ms late: {@link
 * BulkPhoneLock} with its default limit of {@value BulkPhoneLock#DEFAULT_MAX_CONCURRENCY}
 * requests in flight, against one request at a time.
 */
final class BulkBenchmark {
  static final int COMMANDS = 1_000;
  static final Duration LATENCY = Duration.ofMillis(5);

  private BulkBenchmark() {}

  /**
   * Runs B5.
   *
   * @param settings the number of rounds
   * @return the row: bulk time against one-at-a-time time
   * @throws Exception when the server cannot start or a request fails
   */
  static List<Row> run(Settings settings) throws Exception {
    List<PhoneLockCommand> commands = IntStream.range(0, COMMANDS)
        .mapToObj(d -> PhoneLockCommand.matching(
            Filter.builder().put(FilterField.DEPARTMENT, "Dept-" + d).build()))
        .toList();
    List<Double> bulk = new ArrayList<>();
    List<Double> serial = new ArrayList<>();
    try (FakePhoneLockServer server = FakePhoneLockServer.builder()
            .directory(Directories.generate(10_000, COMMANDS)).start();
        PhoneLockClient client = PhoneLockClient.builder(server.baseUri(),
            new Credentials(Directories.ADMIN, Directories.PASSWORD)).build()) {
      server.injectFault(Fault.delay(LATENCY));
      BulkPhoneLock bounded = new BulkPhoneLock(client.port());
      oneAtATime(client, commands.subList(0, 100));
      check(bounded.apply(PhoneLockAction.LOCK, commands.subList(0, 100)));
      for (int round = 0; round < settings.rounds(); round++) {
        long start = System.nanoTime();
        check(bounded.apply(PhoneLockAction.LOCK, commands));
        bulk.add((System.nanoTime() - start) / 1e6);
        start = System.nanoTime();
        oneAtATime(client, commands);
        serial.add((System.nanoTime() - start) / 1e6);
        System.out.printf("  B5 round %d: bounded %.0f ms, one at a time %.0f ms%n", round + 1,
            bulk.get(round), serial.get(round));
      }
    }
    return List.of(new Row("B5 bulk", String.format("%,d department locks, %d ms server latency,"
            + " limit %d in flight", COMMANDS, LATENCY.toMillis(),
            BulkPhoneLock.DEFAULT_MAX_CONCURRENCY), "ms", Stats.median(bulk),
        "one at a time", Stats.median(serial), Row.Goal.ratioAtMost(0.2)));
  }

  private static void oneAtATime(PhoneLockClient client, List<PhoneLockCommand> commands) {
    for (PhoneLockCommand command : commands) {
      PhoneLockResult result = client.port().apply(PhoneLockAction.LOCK, command.filter());
      if (!(result instanceof PhoneLockResult.Applied)) {
        throw new IllegalStateException("one at a time: " + command + " got " + result);
      }
    }
  }

  private static void check(List<BulkOutcome> outcomes) {
    for (BulkOutcome outcome : outcomes) {
      if (!(outcome instanceof BulkOutcome.Answered answered
          && answered.result() instanceof PhoneLockResult.Applied)) {
        throw new IllegalStateException("bulk: " + outcome);
      }
    }
  }
}
