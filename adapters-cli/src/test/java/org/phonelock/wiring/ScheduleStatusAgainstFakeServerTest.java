package org.phonelock.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonelock.adapters.cli.schedule.ScheduleCli;
import org.phonelock.adapters.cli.schedule.SimulatedClock;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.Fault;

/**
 * {@code schedule status} (README, "Monitoring and alerts"): each of OK, WARNING, CRITICAL and UNKNOWN produced by real
 * {@code schedule run --once} runs against the fake server over HTTP, on a simulated clock.
 */
class ScheduleStatusAgainstFakeServerTest {
  private static final String PASSWORD = "admin-demo-pw";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** 19:05 in Rome, five minutes after both jobs fired. */
  private static final Instant FIVE_PAST = Instant.parse("2026-06-10T17:05:00Z");

  @TempDir Path directory;
  private FakePhoneLockServer server;
  private Path file;
  private SimulatedClock clock;
  private ScheduleCli cli;

  private FakeServerSchedules setUp;

  @BeforeEach
  void start() throws Exception {
    setUp = new FakeServerSchedules(directory, FIVE_PAST, FIVE_PAST);
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
        "  - name: it-night",
        "    action: lock",
        "    cron: \"0 19 * * *\"",
        "    filters: { department: \"IT\" }");
    clock = setUp.clock;
    cli = setUp.cli;
  }

  @AfterEach
  void stop() throws Exception {
    setUp.close();
  }

  private int once() {
    return cli.run("schedule", "run", file.toString(), "--once", "--retries", "0");
  }

  private int status(String... more) {
    String[] args = new String[3 + more.length];
    args[0] = "schedule";
    args[1] = "status";
    args[2] = file.toString();
    System.arraycopy(more, 0, args, 3, more.length);
    int exit = cli.run(args);
    assertThat(cli.out + cli.err).doesNotContain(PASSWORD);
    return exit;
  }

  private String firstLine() {
    return cli.out.lines().findFirst().orElseThrow();
  }

  @Test
  void okWhenEveryJobsLatestFiringWasApplied() throws Exception {
    assertThat(once()).as(cli.err).isZero();
    clock.advance(Duration.ofHours(2));

    assertThat(status()).as(cli.out + cli.err).isEqualTo(0);
    assertThat(firstLine()).startsWith("PHONELOCK OK - 2 jobs applied | applied=2;;;0;2 ")
        .contains("not_applied=0;0;;0;2", "overdue=0s;0;900;0");
    assertThat(cli.out).contains("rd-night lock department=\"R&D\" on " + server.baseUri()
        + ": firing 2026-06-10T19:00+02:00 applied at 2026-06-10T19:05+02:00; next firing"
        + " 2026-06-11T19:00+02:00");

    assertThat(status("--output", "json")).isEqualTo(0);
    JsonNode json = JSON.readTree(cli.out);
    assertThat(json.get("status").asText()).isEqualTo("OK");
    assertThat(json.get("jobs")).hasSize(2);
    assertThat(json.get("jobs").get(0).get("outcome").asText()).isEqualTo("applied");
    assertThat(json.get("jobs").get(0).get("next").asText()).isEqualTo("2026-06-11T19:00+02:00");
  }

  @Test
  void warningWithinTheGracePeriodThenCriticalThenOkOnceItIsApplied() throws Exception {
    // Both jobs' first requests fail: 503 from the fake server.
    server.injectFault(Fault.status(503), 2);
    assertThat(once()).isEqualTo(6);

    assertThat(status()).as(cli.out + cli.err).isEqualTo(1);
    assertThat(firstLine()).startsWith("PHONELOCK WARNING - job rd-night not applied for 5 min"
        + " (grace 15 min, 1 attempt, last error: 503").contains(" | applied=0;;;0;2",
        "not_applied=2;0;;0;2", "overdue=300s;0;900;0");
    assertThat(cli.out).contains("rd-night lock department=\"R&D\" on " + server.baseUri()
        + ": WARNING: firing 2026-06-10T19:00+02:00 not applied, failing since"
        + " 2026-06-10T19:05+02:00, 1 attempt, last outcome server-error, last error: 503");

    clock.advance(Duration.ofMinutes(10)); // 15 minutes after the firing: the grace is over
    assertThat(status()).isEqualTo(2);
    assertThat(firstLine()).startsWith("PHONELOCK CRITICAL - job rd-night not applied for 15 min");
    assertThat(status("--grace", "30")).isEqualTo(1);

    server.injectFault(Fault.status(503), 1);
    assertThat(once()).isEqualTo(6); // rd-night fails again, it-night is applied
    assertThat(status("--output", "json")).isEqualTo(2);
    JsonNode json = JSON.readTree(cli.out);
    assertThat(json.get("status").asText()).isEqualTo("CRITICAL");
    assertThat(json.get("exitCode").asInt()).isEqualTo(2);
    JsonNode rd = json.get("jobs").get(0);
    assertThat(rd.get("outcome").asText()).isEqualTo("not-applied");
    assertThat(rd.get("attempts").asInt()).isEqualTo(2);
    assertThat(rd.get("failingSince").asText()).isEqualTo("2026-06-10T19:05+02:00");
    assertThat(rd.get("lastError").asText()).startsWith("503");
    assertThat(json.get("jobs").get(1).get("status").asText()).isEqualTo("OK");

    assertThat(once()).isZero();
    assertThat(status()).isEqualTo(0);
    assertThat(firstLine()).startsWith("PHONELOCK OK - 2 jobs applied | ");
  }

  @Test
  void unknownWhenTheStateFileCannotBeRead() throws Exception {
    assertThat(once()).isZero();
    Files.writeString(directory.resolve("night.state.json"), "{ not json");
    assertThat(status()).isEqualTo(3);
    assertThat(firstLine()).startsWith("PHONELOCK UNKNOWN - state file ")
        .contains("is not a phonelock state file");

    assertThat(status("--output", "json")).isEqualTo(3);
    assertThat(JSON.readTree(cli.out).get("status").asText()).isEqualTo("UNKNOWN");
  }

  @Test
  void usageErrorsAreUnknownNotCritical() {
    assertThat(status("--grace", "soon")).isEqualTo(3);
    assertThat(firstLine()).startsWith("PHONELOCK UNKNOWN - ");
    assertThat(cli.run("schedule", "status", directory.resolve("missing.yaml").toString()))
        .isEqualTo(3);
    assertThat(cli.out).startsWith("PHONELOCK UNKNOWN - ");
  }

  @Test
  void helpSaysTheExitCodesDifferFromTheRestOfTheCli() {
    assertThat(cli.run("schedule", "status", "--help")).isZero();
    assertThat(cli.out).contains("monitoring-plugins convention", "unlike the other phonelock",
        "0   OK", "1   WARNING", "2   CRITICAL", "3   UNKNOWN");
  }
}
