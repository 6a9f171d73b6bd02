package org.phonelock.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonelock.adapters.cli.CliContext;
import org.phonelock.adapters.cli.CliRunner;
import org.phonelock.adapters.cli.schedule.ScheduleCli;
import org.phonelock.adapters.cli.schedule.ScheduleFiles;
import org.phonelock.adapters.cli.schedule.SimulatedClock;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.Fault;
import org.phonelock.adapters.fakeserver.JournalEntry;
import org.phonelock.adapters.fakeserver.LineState;
import org.phonelock.adapters.fakeserver.UserDirectory;

/**
 * {@code phonelock schedule run} against the fake server over HTTP (issue "Schedules", "Done
 * when"): end to end through the real Dagger wiring, and the run loop on a simulated clock with a
 * server that fails twice with 503 before it succeeds.
 */
class ScheduleAgainstFakeServerTest {
  private static final String PASSWORD = "admin-demo-pw";

  @TempDir Path directory;
  private FakePhoneLockServer server;
  private Path file;

  @BeforeEach
  void start() throws Exception {
    server = FakePhoneLockServer.builder().directory(UserDirectory.sample()).start();
    // Every evening, so that the latest past firing exists whatever day the test runs.
    file = ScheduleFiles.write(directory, "night.yaml", String.join("\n",
        "timezone: Europe/Rome",
        "server: " + server.baseUri(),
        "user: admin",
        "jobs:",
        "  - name: rd-night",
        "    action: lock",
        "    cron: \"0 19 * * *\"",
        "    filters: { department: \"R&D\" }",
        ""));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private record Run(int exit, String out, String err) {}

  /** Runs phonelock as Main does: the Dagger component, the system clock, real HTTP. */
  private static Run phonelock(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context = new CliContext(Map.of("PHONELOCK_PASSWORD", PASSWORD),
        new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
        new PrintWriter(err, true), prompt -> Optional.empty());
    int exit = CliRunner.run(DaggerPhonelockComponent.factory().create(context).commandFactory(),
        context, args);
    return new Run(exit, out.toString(), err.toString());
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

    Run first = phonelock(once);
    assertThat(first.exit()).as(first.err()).isEqualTo(6);
    assertThat(first.err()).contains("lock on " + server.baseUri() + " failed: server error (503)",
        "job rd-night", "the next run tries again");
    assertThat(phonelock(once).exit()).isEqualTo(6);
    assertThat(rdLines()).noneMatch(LineState::locked);

    Run third = phonelock(once);
    assertThat(third.exit()).as(third.err()).isEqualTo(0);
    assertThat(third.out()).contains("Lock applied on " + server.baseUri()
        + " to department=\"R&D\"", "job rd-night");
    assertThat(rdLines()).allMatch(LineState::locked);
    assertThat(lockRequests()).isEqualTo(3);

    Run fourth = phonelock(once);
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
    SimulatedClock clock = new SimulatedClock(Instant.parse("2026-06-10T16:58:00Z"));
    ScheduleCli cli = new ScheduleCli(new HttpClientFactory(), clock,
        () -> clock.loopUntil(Instant.parse("2026-06-10T17:10:00Z")));
    cli.environment.put("PHONELOCK_PASSWORD", PASSWORD);
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
