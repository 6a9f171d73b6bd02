package org.phonelock.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonelock.adapters.cli.schedule.ScheduleFileParser;
import org.phonelock.adapters.files.schedule.JsonStateFile;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.JournalEntry;
import org.phonelock.adapters.http.PhoneLockClient;
import org.phonelock.application.schedule.JobSender;
import org.phonelock.application.schedule.RecordKeepingException;
import org.phonelock.application.schedule.RunSettings;
import org.phonelock.application.schedule.Schedule;
import org.phonelock.application.schedule.ScheduleRunner;
import org.phonelock.domain.Credentials;
import org.phonelock.wiring.FakeServerSchedules.Run;
import org.phonelock.application.port.in.RunSchedule;

/**
 * {@code schedule run} against the fake server when its records cannot be kept: no request
 * without its audit record first, and runs started together that share a state file send each
 * firing once.
 */
class ScheduleRecordsAgainstFakeServerTest {
  private static final String PASSWORD = FakeServerSchedules.PASSWORD;

  @TempDir Path directory;
  private FakeServerSchedules setUp;
  private FakePhoneLockServer server;
  private Path file;

  @BeforeEach
  void start() throws Exception {
    setUp = new FakeServerSchedules(directory, FakeServerSchedules.FIVE_PAST,
        FakeServerSchedules.FIVE_PAST);
    server = setUp.server();
    // Every evening, so that the latest past firing exists whatever day the test runs.
    file = setUp.schedule("night.yaml",
        "timezone: Europe/Rome",
        "server: " + server.baseUri(),
        "user: admin",
        "jobs:",
        "  - name: rd-night",
        "    action: lock",
        "    cron: \"0 19 * * *\"",
        "    filters: { department: \"R&D\" }",
        "  - name: sales-night",
        "    action: lock",
        "    cron: \"0 19 * * *\"",
        "    filters: { department: \"Sales\" }");
  }

  @AfterEach
  void stop() throws Exception {
    setUp.close();
  }

  private static Run phonelock(String... args) {
    return FakeServerSchedules.asMain(args);
  }

  @Test
  void anAuditLogThatFailsStopsTheRunnerBeforeAnyRequestReachesTheServer() {
    Schedule schedule = ScheduleFileParser.parse(file).file().orElseThrow().schedule();
    try (PhoneLockClient client =
        PhoneLockClient.builder(server.baseUri(), new Credentials("admin", PASSWORD)).build()) {
      String url = server.baseUri().toString();
      ScheduleRunner runner = new ScheduleRunner(schedule, List.of(new RunSchedule.Target(url,
          new JobSender(client.lockPhones(), client.unlockPhones()),
          JsonStateFile.open(directory.resolve("night.state.json")).forServer(url, true))),
          record -> {
            throw new UncheckedIOException("cannot write the audit log audit.jsonl",
                new IOException("No space left on device"));
          },
          Clock.systemUTC(), duration -> { }, RunSettings.defaults());
      RecordKeepingException stop = catchThrowableOfType(runner::runOnce,
          RecordKeepingException.class);
      assertThat(stop.answer()).isEmpty();
    }
    assertThat(server.journal()).isEmpty();
    assertThat(directory.resolve("night.state.json")).doesNotExist();
  }

  @Test
  void anAuditLogThatIsNotAFileIsRefusedBeforeAnythingIsSent() throws Exception {
    // Writing records that then fail (a full disk) stops the run with exit 7: RecordFilesTest.
    Path folder = Files.createDirectory(directory.resolve("audit.jsonl"));
    Run run = phonelock("schedule", "run", file.toString(), "--once", "--audit-log",
        folder.toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(server.journal()).isEmpty();
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).singleElement().asString()
        .isEqualTo("phonelock schedule run: --audit-log " + folder + ": is a directory; give a"
            + " file");
    assertThat(directory.resolve("night.state.json")).doesNotExist();
  }

  @Test
  void eightRunsStartedTogetherSendEachFiringOnce() throws Exception {
    String[] once = {"schedule", "run", file.toString(), "--once", "--retries", "0"};
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Run>> runs = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> phonelock(once)));
      }
      for (Future<Run> run : runs) {
        Run done = run.get();
        assertThat(done.exit()).as(done.err()).isEqualTo(0);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(server.journal()).extracting(JournalEntry::query)
        .containsExactlyInAnyOrder("department=R%26D", "department=Sales");
    assertThat(new ObjectMapper().readTree(Files.readString(
        directory.resolve("night.state.json"))).path("jobs").size()).isEqualTo(2);
    try (var left = Files.list(directory)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("night.yaml", "night.state.json", "night.state.json.lock",
              "night.audit.jsonl");
    }
    assertThat(Files.readAllLines(directory.resolve("night.audit.jsonl"))).hasSize(6);
  }
}
