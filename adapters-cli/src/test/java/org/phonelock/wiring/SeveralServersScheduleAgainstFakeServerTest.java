package org.phonelock.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phonelock.wiring.FakeServerSchedules.FIVE_PAST;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.Fault;
import org.phonelock.adapters.fakeserver.LineState;

/**
 * A schedule file with {@code profiles: [milan, rome]} (README, "Several servers": "one
 * server's failure never stops the others; one line per server ...; exit code is the worst;
 * {@code --dry-run} shows every request. Schedule state and catch-up are per server and job, so
 * a server that was down is caught up alone"), against two fake servers over HTTP.
 */
class SeveralServersScheduleAgainstFakeServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path directory;
  private FakeServerSchedules setUp;
  private FakePhoneLockServer milan;
  private Path file;

  @BeforeEach
  void start() throws Exception {
    setUp = new FakeServerSchedules(directory, FIVE_PAST, FIVE_PAST);
    milan = setUp.server();
    file = setUp.nightlyRdLock("night.yaml", "profiles: [milan, rome]");
  }

  @AfterEach
  void stop() throws Exception {
    setUp.close();
  }

  private int once(String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("schedule", "run", file.toString(),
        "--once", "--retries", "0"));
    args.addAll(List.of(more));
    int exit = setUp.run(args.toArray(String[]::new));
    assertThat(setUp.cli.out + setUp.cli.err).doesNotContain(FakeServerSchedules.PASSWORD);
    return exit;
  }

  private static boolean rdLocked(FakePhoneLockServer server) {
    return server.lines().stream().filter(l -> "R&D".equals(l.department()))
        .allMatch(LineState::locked);
  }

  @Test
  void aStoppedServerFailsAloneTheOtherIsAppliedAndNotSentAgain() throws Exception {
    String rome = setUp.downServer();
    setUp.profiles(FakeServerSchedules.milanAndRome(milan.baseUri().toString(), rome));

    assertThat(once()).as(setUp.cli.err).isEqualTo(6);
    assertThat(rdLocked(milan)).isTrue();
    assertThat(milan.journal()).hasSize(1);
    assertThat(setUp.cli.out.lines()).containsExactly("Lock applied on " + milan.baseUri()
        + " to department=\"R&D\": 40 users, 51 lines matched, 51 changed (job rd-night, firing"
        + " 2026-06-10T19:00+02:00, attempt 1)");
    assertThat(setUp.cli.err).contains("lock on " + rome + " failed: no answer",
        "phonelock schedule: applied on 1 of 2 servers; failed on rome (" + rome + ")");
    List<String> audit = Files.readAllLines(directory.resolve("night.audit.jsonl"));
    assertThat(audit).anyMatch(l -> l.contains("\"server\":\"" + rome + "\"")
        && l.contains("\"profile\":\"rome\"") && l.contains("\"outcome\":\"unavailable\""));
    assertThat(audit).anyMatch(l -> l.contains("\"profile\":\"milan\"")
        && l.contains("\"event\":\"outcome\"") && l.contains("\"outcome\":\"applied\""));

    // Still down: only rome is tried again; milan has the firing and gets nothing.
    setUp.clock.advance(Duration.ofMinutes(5));
    assertThat(once()).isEqualTo(6);
    assertThat(milan.journal()).hasSize(1);
    assertThat(setUp.cli.out).isEmpty();
    assertThat(setUp.cli.err).contains("failed on rome (" + rome + ")");
  }

  @Test
  void aServerThatWasDownIsCaughtUpAloneOnceItIsBack() throws Exception {
    FakePhoneLockServer rome = setUp.server();
    setUp.profiles(FakeServerSchedules.milanAndRome(milan.baseUri().toString(),
        rome.baseUri().toString()));
    rome.injectFault(Fault.drop(), 1);

    assertThat(once()).as(setUp.cli.err).isEqualTo(6);
    assertThat(rdLocked(milan)).isTrue();
    assertThat(rdLocked(rome)).isFalse();
    assertThat(setUp.cli.err).contains("failed on rome (" + rome.baseUri() + ")");

    // Status per job and server: milan applied, rome not yet (within the grace period).
    assertThat(setUp.run("schedule", "status", file.toString())).isEqualTo(1);
    assertThat(setUp.cli.out.lines().findFirst().orElseThrow()).startsWith(
        "PHONELOCK WARNING - job rd-night on " + rome.baseUri() + " not applied for 5 min");
    assertThat(setUp.cli.out.lines().findFirst().orElseThrow())
        .contains("; 1 job-server pair applied | applied=1;;;0;2 ");
    assertThat(setUp.cli.out).contains("rd-night lock department=\"R&D\" on " + milan.baseUri()
        + ": firing 2026-06-10T19:00+02:00 applied", "rd-night lock department=\"R&D\" on "
        + rome.baseUri() + ": WARNING: firing 2026-06-10T19:00+02:00 not applied");
    assertThat(setUp.run("schedule", "status", file.toString(), "--output", "json"))
        .isEqualTo(1);
    JsonNode status = JSON.readTree(setUp.cli.out);
    assertThat(status.get("jobs")).hasSize(2);
    assertThat(status.get("jobs").get(0).get("server").asText())
        .isEqualTo(milan.baseUri().toString());
    assertThat(status.get("jobs").get(0).get("status").asText()).isEqualTo("OK");
    assertThat(status.get("jobs").get(1).get("server").asText())
        .isEqualTo(rome.baseUri().toString());
    assertThat(status.get("jobs").get(1).get("status").asText()).isEqualTo("WARNING");

    setUp.clock.advance(Duration.ofMinutes(5));
    assertThat(once("--output", "json")).as(setUp.cli.err).isZero();
    assertThat(milan.journal()).hasSize(1);
    assertThat(rome.journal()).hasSize(2);
    assertThat(rdLocked(rome)).isTrue();
    assertThat(setUp.cli.out.lines()).hasSize(1);
    JsonNode attempt = JSON.readTree(setUp.cli.out);
    assertThat(attempt.get("server").asText()).isEqualTo(rome.baseUri().toString());
    assertThat(attempt.get("job").asText()).isEqualTo("rd-night");

    assertThat(once()).isZero();
    assertThat(setUp.cli.out).isEmpty();
    assertThat(milan.journal()).hasSize(1);
    assertThat(rome.journal()).hasSize(2);
    assertThat(setUp.run("schedule", "status", file.toString())).isZero();
    assertThat(setUp.cli.out.lines().findFirst().orElseThrow())
        .startsWith("PHONELOCK OK - 2 job-server pairs applied | applied=2;;;0;2 ");
  }

  @Test
  void jsonHasOneObjectPerAttemptWithItsServerAndMetricsAreLabelledByServer() throws Exception {
    FakePhoneLockServer rome = setUp.server();
    setUp.profiles(FakeServerSchedules.milanAndRome(milan.baseUri().toString(),
        rome.baseUri().toString()));
    Path metrics = directory.resolve("night.prom");

    assertThat(once("--output", "json", "--metrics-file", metrics.toString()))
        .as(setUp.cli.err).isZero();
    List<JsonNode> attempts = setUp.cli.out.lines().map(line -> {
      try {
        return JSON.readTree(line);
      } catch (java.io.IOException e) {
        throw new AssertionError(line, e);
      }
    }).toList();
    assertThat(attempts).hasSize(2);
    Set<String> servers = attempts.stream().map(a -> a.get("server").asText())
        .collect(Collectors.toSet());
    assertThat(servers).containsExactlyInAnyOrder(milan.baseUri().toString(),
        rome.baseUri().toString());
    assertThat(attempts).allMatch(a -> a.get("outcome").asText().equals("applied"));
    assertThat(Files.readString(metrics)).contains(
        "phonelock_job_up_to_date{job=\"rd-night\",action=\"lock\",server=\"" + milan.baseUri()
            + "\"} 1",
        "phonelock_job_up_to_date{job=\"rd-night\",action=\"lock\",server=\"" + rome.baseUri()
            + "\"} 1");
  }

  @Test
  void dryRunShowsTheRequestsForEveryServerAndSendsNothing() throws Exception {
    FakePhoneLockServer rome = setUp.server();
    setUp.profiles(FakeServerSchedules.milanAndRome(milan.baseUri().toString(),
        rome.baseUri().toString()));
    setUp.cli.environment.remove("PHONELOCK_PASSWORD");

    assertThat(setUp.run("schedule", "run", file.toString(), "--dry-run")).as(setUp.cli.err)
        .isZero();
    assertThat(setUp.cli.out).contains("# profile milan: " + milan.baseUri(),
        "# profile rome: " + rome.baseUri(),
        "PUT " + milan.baseUri() + "/fw/Apps/StoneLock/WebAPI/Phones/Lock?department=R%26D",
        "PUT " + rome.baseUri() + "/fw/Apps/StoneLock/WebAPI/Phones/Lock?department=R%26D");
    assertThat(setUp.cli.out.lines().filter(l -> l.startsWith("# job rd-night, firing")))
        .hasSize(2);
    assertThat(milan.journal()).isEmpty();
    assertThat(rome.journal()).isEmpty();
  }

  @Test
  void everyProfileIsCheckedBeforeAnythingIsSentAndExportKeepsWorking() throws Exception {
    setUp.profiles(FakeServerSchedules.milanAndRome(milan.baseUri().toString(),
        milan.baseUri().toString().replace("127.0.0.1", "localhost")));
    Path unknown = setUp.nightlyRdLock("unknown.yaml", "profiles:", "  - milan", "  - venice");
    assertThat(setUp.run("schedule", "check", unknown.toString())).isEqualTo(2);
    assertThat(setUp.cli.err).contains(unknown + ":4: profiles: 'venice': no such profile in");
    assertThat(setUp.run("schedule", "run", unknown.toString(), "--once")).isEqualTo(2);
    assertThat(setUp.cli.err).contains(unknown + ":4: profiles: 'venice': no such profile in");
    assertThat(milan.journal()).isEmpty();
    assertThat(setUp.run("schedule", "run", file.toString(), "--once", "--server",
        milan.baseUri().toString())).isEqualTo(2);
    assertThat(setUp.cli.err).contains("--server and --user cannot be combined with"
        + " 'profiles' (line 2)");
    assertThat(milan.journal()).isEmpty();

    // The same rule as lock and unlock with several --profile: each profile's own server and user.
    setUp.cli.environment.put("PHONELOCK_USER", "lock-manager");
    assertThat(setUp.run("schedule", "run", file.toString(), "--once")).isEqualTo(2);
    assertThat(setUp.cli.err).contains("PHONELOCK_USER cannot be combined with several profiles");
    setUp.cli.environment.remove("PHONELOCK_USER");
    assertThat(milan.journal()).isEmpty();

    assertThat(setUp.run("schedule", "check", file.toString())).as(setUp.cli.err).isZero();
    assertThat(setUp.run("schedule", "export", file.toString(), "--format", "cron",
        "--command", "/opt/phonelock/bin/phonelock")).as(setUp.cli.err).isZero();
    assertThat(setUp.cli.out).contains("schedule run " + file.toAbsolutePath() + " --once");
  }

  /** Backward compatible: a state file written before servers were named in it. */
  @Test
  void anOldStateFileWithoutServersStillCountsForAScheduleWithOneServer() throws Exception {
    Path single = setUp.nightlyRdLock("single.yaml", "server: " + milan.baseUri(), "user: admin");
    Files.writeString(directory.resolve("single.state.json"), String.join("\n",
        "{",
        "  \"jobs\" : {",
        "    \"rd-night\" : {",
        "      \"definition\" : \"lock department=\\\"R&D\\\"\",",
        "      \"firing\" : \"2026-06-10T17:00:00Z\",",
        "      \"appliedAt\" : \"2026-06-10T17:00:03Z\"",
        "    }",
        "  }",
        "}",
        ""));
    assertThat(setUp.run("schedule", "status", single.toString())).as(setUp.cli.out).isZero();
    assertThat(setUp.run("schedule", "run", single.toString(), "--once")).as(setUp.cli.err)
        .isZero();
    assertThat(setUp.cli.out).isEmpty();
    assertThat(milan.journal()).isEmpty();
  }
}
