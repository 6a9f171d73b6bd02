package org.phonelock.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonelock.adapters.cli.schedule.ScheduleCli;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.Fault;
import org.phonelock.adapters.fakeserver.JournalEntry;
import org.phonelock.adapters.fakeserver.LineState;

/**
 * {@code phonelock schedule run} against the fake server over HTTP (README, "Schedules"): end to end through the real Dagger wiring, and the run loop on a simulated clock with a
 * server that fails twice with 503 before it succeeds.
 */
class ScheduleAgainstFakeServerTest {
  private static final String PASSWORD = FakeServerSchedules.PASSWORD;

  @TempDir Path directory;
  private FakeServerSchedules setUp;
  private FakePhoneLockServer server;
  private Path file;

  @BeforeEach
  void start() throws Exception {
    setUp = new FakeServerSchedules(directory, Instant.parse("2026-06-10T16:58:00Z"),
        Instant.parse("2026-06-10T17:10:00Z"));
    server = setUp.server();
    // Every evening, so that the latest past firing exists whatever day the test runs.
    file = setUp.nightlyRdLock("night.yaml", "server: " + server.baseUri(), "user: admin");
  }

  @AfterEach
  void stop() throws Exception {
    setUp.close();
  }

  private static FakeServerSchedules.Run phonelock(String... args) {
    return FakeServerSchedules.asMain(args);
  }

  private List<LineState> rdLines() {
    return server.lines().stream().filter(l -> "R&D".equals(l.department())).toList();
  }

  private long lockRequests() {
    return server.journal().stream().filter(e -> e.path().endsWith("/Lock")).count();
  }

  @Test
  void onceThroughTheRealWiringFailsTwiceWith503ThenLocksAndThenHasNothingToDo()
      throws Exception {
    server.injectFault(Fault.status(503), 2);
    assertThat(rdLines()).isNotEmpty().noneMatch(LineState::locked);
    String[] once = {"schedule", "run", file.toString(), "--once", "--retries", "0"};

    FakeServerSchedules.Run first = phonelock(once);
    assertThat(first.exit()).as(first.err()).isEqualTo(6);
    assertThat(first.err()).contains("lock on " + server.baseUri() + " failed: server error (503)",
        "job rd-night", "the next run tries again");
    assertThat(phonelock(once).exit()).isEqualTo(6);
    assertThat(rdLines()).noneMatch(LineState::locked);

    FakeServerSchedules.Run third = phonelock(once);
    assertThat(third.exit()).as(third.err()).isEqualTo(0);
    assertThat(third.out()).contains("Lock applied on " + server.baseUri()
        + " to department=\"R&D\"", "job rd-night");
    assertThat(rdLines()).allMatch(LineState::locked);
    assertThat(lockRequests()).isEqualTo(3);

    FakeServerSchedules.Run fourth = phonelock(once);
    assertThat(fourth.exit()).isEqualTo(0);
    assertThat(fourth.out() + fourth.err()).isEmpty();
    assertThat(lockRequests()).isEqualTo(3);
    String audit = Files.readString(directory.resolve("night.audit.jsonl"));
    assertThat(audit.lines()).hasSize(9); // per run: request, attempt, and the outcome
    assertThat(audit).doesNotContain(PASSWORD);
    assertThat(server.journal()).extracting(JournalEntry::status).containsExactly(503, 503, 200);
  }

  @Test
  void theRunLoopRetriesWithBackoffUntilTheFakeServerStopsFailing() {
    server.injectFault(Fault.status(503), 2);
    ScheduleCli cli = setUp.cli;
    assertThat(cli.run("schedule", "run", file.toString(), "--retries", "0", "--no-catch-up"))
        .as(cli.err).isEqualTo(0);
    assertThat(server.journal()).extracting(JournalEntry::status).containsExactly(503, 503, 200);
    assertThat(rdLines()).allMatch(LineState::locked);
    assertThat(cli.err).contains("failed: server error (503)", "attempt 1; retrying with backoff",
        "attempt 2; retrying with backoff", "phonelock schedule: stopped");
    assertThat(cli.out).contains("Lock applied on ", "(job rd-night, firing"
        + " 2026-06-10T19:00+02:00, attempt 3)");
  }
}
