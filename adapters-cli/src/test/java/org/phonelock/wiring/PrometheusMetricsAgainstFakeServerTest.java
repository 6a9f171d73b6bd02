package org.phonelock.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonelock.adapters.cli.schedule.ScheduleCli;
import org.phonelock.adapters.cli.schedule.SimulatedClock;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.Fault;

/**
 * {@code schedule run --metrics-file} (README, "schedule run --metrics-file"): the Prometheus text format, checked by promtool,
 * after real runs against the fake server on a simulated clock.
 */
class PrometheusMetricsAgainstFakeServerTest {
  private static final Instant FIVE_PAST = Instant.parse("2026-06-10T17:05:00Z");
  private static final long FIRING = Instant.parse("2026-06-10T17:00:00Z").getEpochSecond();

  @TempDir Path directory;
  private FakePhoneLockServer server;
  private Path file;
  private Path metrics;
  private SimulatedClock clock;
  private ScheduleCli cli;
  private String labels;

  private FakeServerSchedules setUp;

  @BeforeEach
  void start() throws Exception {
    setUp = new FakeServerSchedules(directory, FIVE_PAST, Instant.parse("2026-06-11T06:00:00Z"));
    server = setUp.server();
    file = setUp.schedule("night.yaml",
        "timezone: Europe/Rome",
        "server: " + server.baseUri(),
        "user: admin",
        "jobs:",
        "  - name: rd-night",
        "    action: lock",
        "    cron: \"0 19 * * *\"",
        "    filters: { department: \"R&D\" }",
        "  - name: rd-morning",
        "    action: unlock",
        "    cron: \"30 7 * * *\"",
        "    filters: { department: \"R&D\" }");
    metrics = directory.resolve("phonelock.prom");
    clock = setUp.clock;
    cli = setUp.cli;
    labels = "job=\"rd-night\",action=\"lock\",server=\"" + server.baseUri() + "\"";
  }

  @AfterEach
  void stop() throws Exception {
    setUp.close();
  }

  @Test
  void onceWritesValidMetricsAfterAFailureAndAfterTheSuccess() throws Exception {
    server.injectFault(Fault.status(503), 1);
    assertThat(cli.run("schedule", "run", file.toString(), "--once", "--retries", "0",
        "--metrics-file", metrics.toString())).isEqualTo(6);
    Promtool.check(metrics);
    String failed = Files.readString(metrics);
    assertThat(failed).contains(
        "phonelock_heartbeat_timestamp_seconds " + FIVE_PAST.getEpochSecond(),
        "phonelock_job_latest_due_firing_timestamp_seconds{" + labels + "} " + FIRING,
        "phonelock_job_attempts{" + labels + "} 1",
        "phonelock_job_outcome{" + labels + ",outcome=\"server-error\"} 1",
        "phonelock_job_up_to_date{" + labels + "} 0",
        "phonelock_job_outcome{job=\"rd-morning\",action=\"unlock\",server=\"" + server.baseUri()
            + "\",outcome=\"superseded\"} 1");
    assertThat(failed).doesNotContain("phonelock_job_last_applied_firing_timestamp_seconds{"
        + labels);

    clock.advance(Duration.ofMinutes(5));
    assertThat(cli.run("schedule", "run", file.toString(), "--once", "--retries", "0",
        "--metrics-file", metrics.toString())).as(cli.err).isZero();
    Promtool.check(metrics);
    assertThat(Files.readString(metrics)).contains(
        "phonelock_heartbeat_timestamp_seconds " + FIVE_PAST.plusSeconds(300).getEpochSecond(),
        "phonelock_job_last_applied_firing_timestamp_seconds{" + labels + "} " + FIRING,
        "phonelock_job_attempts{" + labels + "} 2",
        "phonelock_job_outcome{" + labels + ",outcome=\"applied\"} 1",
        "phonelock_job_up_to_date{" + labels + "} 1");
    assertNoTemporaryFileLeft();
  }

  @Test
  void theRunLoopKeepsTheHeartbeatAndTheMorningUnlockUpToDate() throws Exception {
    assertThat(cli.run("schedule", "run", file.toString(), "--retries", "0",
        "--metrics-file", metrics.toString())).as(cli.err).isZero();
    Promtool.check(metrics);
    String text = Files.readString(metrics);
    long heartbeat = Long.parseLong(text.lines()
        .filter(l -> l.startsWith("phonelock_heartbeat_timestamp_seconds "))
        .findFirst().orElseThrow().split(" ")[1]);
    // The loop wakes at least every minute and writes the heartbeat before each wait.
    assertThat(heartbeat).isBetween(Instant.parse("2026-06-11T05:58:00Z").getEpochSecond(),
        Instant.parse("2026-06-11T06:00:00Z").getEpochSecond());
    long morning = Instant.parse("2026-06-11T05:30:00Z").getEpochSecond();
    assertThat(text).contains("phonelock_job_last_applied_firing_timestamp_seconds{job="
        + "\"rd-morning\",action=\"unlock\",server=\"" + server.baseUri() + "\"} " + morning,
        "phonelock_job_outcome{" + labels + ",outcome=\"superseded\"} 1");
    assertNoTemporaryFileLeft();
  }

  @Test
  void aMetricsFileThatIsNotAFileIsRefusedBeforeAnythingIsSent() throws Exception {
    // A metrics file that fails while running is a warning only: RecordFilesTest.
    Path directoryInTheWay = Files.createDirectory(directory.resolve("in-the-way.prom"));
    assertThat(cli.run("schedule", "run", file.toString(), "--once", "--metrics-file",
        directoryInTheWay.toString())).as(cli.err).isEqualTo(2);
    assertThat(cli.err.strip()).isEqualTo("phonelock schedule run: --metrics-file "
        + directoryInTheWay + ": is a directory; give a file");
    assertThat(server.journal()).isEmpty();
  }

  private void assertNoTemporaryFileLeft() throws Exception {
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.endsWith(".tmp"));
    }
  }
}
