package org.phonelock.adapters.cli.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonelock.adapters.files.schedule.AuditLogHistory;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.Retries;
import org.phonelock.application.port.out.PhoneLockServerUnavailableException;
import org.phonelock.application.schedule.FiringHistory;
import org.phonelock.application.schedule.Outcome;

/** {@code phonelock schedule run}, with and without {@code --once}, through the CLI. */
class ScheduleRunTest {
  private static final String PASSWORD = "Never-Shown-7f3a";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path directory;
  private SimulatedClock clock;
  private RecordingClients clients;
  private ScheduleCli cli;
  private Path file;

  @BeforeEach
  void setUp() {
    clock = new SimulatedClock(ScheduleCli.WEDNESDAY_MORNING);
    clients = new RecordingClients(clock);
    cli = ScheduleCli.simulated(clients, clock, Instant.parse("2026-06-10T17:05:00Z"));
    cli.environment.put("PHONELOCK_PASSWORD", PASSWORD);
    file = ScheduleFiles.write(directory, "night.yaml",
        ScheduleFiles.issueExample("https://ias.example.com", "phonelock-svc"));
  }

  private int run(String... args) {
    int exit = cli.run(args);
    assertThat(cli.out + cli.err).doesNotContain(PASSWORD).doesNotContain("\tat ");
    return exit;
  }

  private List<JsonNode> audit() throws Exception {
    List<JsonNode> records = new ArrayList<>();
    for (String line : Files.readAllLines(directory.resolve("night.audit.jsonl"))) {
      records.add(JSON.readTree(line));
    }
    assertThat(Files.readString(directory.resolve("night.audit.jsonl"))).doesNotContain(PASSWORD);
    return records;
  }

  @Test
  void onceCatchesUpInFiringOrderAndARestartDoesNotRedoIt() throws Exception {
    assertThat(run("schedule", "run", file.toString(), "--once")).isEqualTo(0);
    assertThat(clients.requests).containsExactly(
        "2026-06-10T08:00:00Z Lock department=\"R&D\"",
        "2026-06-10T08:00:00Z Unlock department=\"R&D\" customField1=\"Example1\"");
    assertThat(clients.opened).singleElement().satisfies(s -> {
      assertThat(s.credentials().username()).isEqualTo("phonelock-svc");
      assertThat(s.credentials().password()).isEqualTo(PASSWORD);
      assertThat(s.server()).hasToString("https://ias.example.com");
    });
    assertThat(cli.out.lines()).containsExactly(
        "Lock applied on https://ias.example.com to department=\"R&D\": the server reported no"
            + " counts (job rd-night, firing 2026-06-09T19:00+02:00, attempt 1)",
        "Unlock applied on https://ias.example.com to department=\"R&D\" customField1=\"Example1\":"
            + " the server reported no counts (job rd-morning, firing 2026-06-10T07:30+02:00,"
            + " attempt 1)");
    assertThat(cli.err).isEmpty();
    List<JsonNode> audit = audit();
    assertThat(audit).extracting(r -> r.get("event").asText() + " " + r.get("outcome").asText())
        .containsExactly("request sending", "attempt applied", "outcome applied",
            "request sending", "attempt applied", "outcome applied");
    JsonNode first = audit.get(1);
    assertThat(first.get("event").asText()).isEqualTo("attempt");
    assertThat(first.get("job").asText()).isEqualTo("rd-night");
    assertThat(first.get("action").asText()).isEqualTo("lock");
    assertThat(first.get("server").asText()).isEqualTo("https://ias.example.com");
    assertThat(first.get("filters").toString()).isEqualTo("{\"department\":\"R&D\"}");
    assertThat(first.get("firing").asText()).isEqualTo("2026-06-09T19:00+02:00");
    assertThat(first.get("time").asText()).isEqualTo("2026-06-10T10:00+02:00");
    assertThat(first.get("outcome").asText()).isEqualTo("applied");
    assertThat(first.get("attempts").asInt()).isEqualTo(1);
    assertThat(first.has("durationMs")).isTrue();
    assertThat(audit.get(2).get("event").asText()).isEqualTo("outcome");
    assertThat(Files.readString(directory.resolve("night.state.json")))
        .contains("\"rd-night@https://ias.example.com\"",
            "\"rd-morning@https://ias.example.com\"", "2026-06-09T17:00:00Z");

    clock.set(Instant.parse("2026-06-10T08:05:00Z"));
    assertThat(run("schedule", "run", file.toString(), "--once")).isEqualTo(0);
    assertThat(clients.requests).hasSize(2);
    assertThat(cli.out).isEmpty();
    assertThat(cli.err).isEmpty();
  }

  @Test
  void onceExitsWithTheWorstOutcomeAndSaysWhatToDo() {
    clients.thenAnswer(() -> new PhoneLockResult.PermissionDenied(""))
        .thenAnswer(() -> new PhoneLockResult.ServerError(503, "Service Unavailable",
            Optional.of(new Retries(2, 2, Retries.End.LIMIT_REACHED, Optional.empty(),
                Duration.ofSeconds(120)))));
    assertThat(run("schedule", "run", file.toString(), "--once")).isEqualTo(6);
    assertThat(cli.err.lines()).containsExactly(
        "phonelock: lock on https://ias.example.com failed: permission denied (403); the account"
            + " needs Imagicle Admin, Phone Lock Complete Management or Manage Department User"
            + " with a department (job rd-night, firing 2026-06-09T19:00+02:00, attempt 1; the"
            + " next run tries again)",
        "phonelock: unlock on https://ias.example.com failed: server error (503) (server says:"
            + " Service Unavailable); retried 2 times, the most allowed; try again later or"
            + " check the server"
            + " (job rd-morning, firing 2026-06-10T07:30+02:00, attempt 1; the next run tries"
            + " again)");
    clock.set(Instant.parse("2026-06-10T08:05:00Z"));
    clients.thenAnswer(() -> {
      throw new PhoneLockServerUnavailableException("https://ias.example.com: connect timed out",
          null);
    });
    assertThat(run("schedule", "run", file.toString(), "--once")).isEqualTo(6);
    assertThat(cli.err).contains("no answer from the server (https://ias.example.com: connect"
        + " timed out)");
    clients.thenAnswer(() -> new PhoneLockResult.AuthenticationFailed(""));
    assertThat(run("schedule", "run", file.toString(), "--once")).isEqualTo(3);
    assertThat(run("schedule", "run", file.toString(), "--once")).isEqualTo(0);
  }

  /** A write cut short (a full disk) must not take the next records with it. */
  @Test
  void aLogEndingInACutRecordGetsTheNextRecordsWholeOnLinesOfTheirOwn() throws Exception {
    clients.thenAnswer(() -> new PhoneLockResult.PermissionDenied(""))
        .thenAnswer(() -> new PhoneLockResult.PermissionDenied(""));
    assertThat(run("schedule", "run", file.toString(), "--once")).isNotZero();
    Path log = directory.resolve("night.audit.jsonl");
    String fragment = "{\"time\":\"2026-06-10T10:0";
    Files.writeString(log, fragment, StandardOpenOption.APPEND);
    int before = Files.readAllLines(log).size();
    assertThat(run("schedule", "run", file.toString(), "--once")).as(cli.err).isZero();
    List<String> lines = Files.readAllLines(log);
    assertThat(lines.get(before - 1)).isEqualTo(fragment);
    assertThat(lines.subList(before, lines.size())).hasSize(6).allSatisfy(line -> assertThat(
        JSON.readTree(line).get("event").asText()).isIn("request", "attempt", "outcome"));
    FiringHistory night = new AuditLogHistory(log).of("rd-night", "https://ias.example.com",
        Instant.parse("2026-06-09T17:00:00Z"));
    assertThat(night.attempts()).isEqualTo(2);
    assertThat(night.lastOutcome()).contains(Outcome.APPLIED);
  }

  @Test
  void theRunLoopRetriesA503WithBackoffAndStopsCleanly() throws Exception {
    clock.set(Instant.parse("2026-06-10T16:59:00Z"));
    clients.thenAnswer(() -> new PhoneLockResult.ServerError(503, ""))
        .thenAnswer(() -> new PhoneLockResult.ServerError(503, ""));
    assertThat(run("schedule", "run", file.toString(), "--no-catch-up")).isEqualTo(0);
    assertThat(clients.requests).containsExactly(
        "2026-06-10T17:00:00Z Lock department=\"R&D\"",
        "2026-06-10T17:00:30Z Lock department=\"R&D\"",
        "2026-06-10T17:01:30Z Lock department=\"R&D\"");
    assertThat(cli.err).contains("phonelock: lock on https://ias.example.com failed: server error"
        + " (503); try again later or check the server (job"
        + " rd-night, firing 2026-06-10T19:00+02:00, attempt 1; retrying with backoff)",
        "attempt 2; retrying with backoff", "phonelock schedule: stopped");
    assertThat(cli.out.lines()).containsExactly("Lock applied on https://ias.example.com to"
        + " department=\"R&D\": the server reported no counts (job rd-night, firing"
        + " 2026-06-10T19:00+02:00, attempt 3)");
    assertThat(audit()).extracting(r -> r.get("event").asText() + " " + r.get("outcome").asText()
        + " " + r.get("attempts").asInt())
        .containsExactly("request sending 1", "attempt server-error 1", "request sending 2",
            "attempt server-error 2", "request sending 3", "attempt applied 3",
            "outcome applied 3");
  }

  @Test
  void thePasswordKeyIsUsedOnlyAfterFlagsAndEnvironmentAndOnlyFromAPrivateFile() {
    Path withPassword = ScheduleFiles.write(directory, "night.yaml",
        ScheduleFiles.issueExample("https://ias.example.com", "svc") + "password: file-pw-1\n");
    cli.environment.clear();
    assertThat(run("schedule", "run", withPassword.toString(), "--once")).isEqualTo(0);
    assertThat(clients.opened.get(0).credentials().password()).isEqualTo("file-pw-1");

    cli.environment.put("PHONELOCK_PASSWORD", PASSWORD);
    assertThat(run("schedule", "run", withPassword.toString(), "--once")).isEqualTo(0);
    assertThat(clients.opened.get(1).credentials().password()).isEqualTo(PASSWORD);

    Path shared = ScheduleFiles.write(directory, "shared.yaml",
        ScheduleFiles.issueExample("https://ias.example.com", "svc") + "password: file-pw-1\n",
        "rw-r--r--");
    assertThat(run("schedule", "run", shared.toString(), "--once")).isEqualTo(2);
    assertThat(cli.err).contains(shared + ":13: a password is accepted only in a file readable by"
        + " its owner alone", "chmod 600 " + shared).doesNotContain("file-pw-1");
    assertThat(clients.opened).hasSize(2);
  }

  /**
   * The schedule file's password goes only to the schedule file's server (README, "Schedules"),
   * as a profile's goes only to the profile's.
   */
  @Test
  void theScheduleFilesPasswordIsNotSentToAServerFromElsewhere() {
    Path withPassword = ScheduleFiles.write(directory, "night.yaml",
        ScheduleFiles.issueExample("https://ias.example.com", "svc") + "password: file-pw-1\n");
    cli.environment.clear();
    assertThat(run("schedule", "run", withPassword.toString(), "--once", "--server",
        "https://other.example.com")).isEqualTo(2);
    assertThat(cli.err.strip()).doesNotContain("\n").contains("schedule " + withPassword
        + ": the password kept in " + withPassword + ":13 is sent only to the server named in"
        + " that file, not to https://other.example.com from --server; give the password with"
        + " PHONELOCK_PASSWORD, --password-file or --password-stdin, or drop --server")
        .doesNotContain("file-pw-1");
    assertThat(clients.opened).isEmpty();

    assertThat(run("schedule", "run", withPassword.toString(), "--once", "--server",
        "https://IAS.example.com:443")).as(cli.err).isEqualTo(0);
    assertThat(clients.opened.get(0).credentials().password()).isEqualTo("file-pw-1");
  }

  /**
   * A profiles file with the profile {@code night-ops} (its own server, user and password) and
   * {@code more} lines of it; no environment.
   *
   * @return the config directory
   */
  private Path nightOpsProfile(String more) throws Exception {
    Path config = Files.createDirectory(directory.resolve("config"));
    ScheduleFiles.write(config, "config.yaml", "profiles:\n  night-ops:\n"
        + "    server: https://profile.example.com\n    user: profile-user\n"
        + "    password: 'profile-pw'\n" + more);
    cli.configDirectory = java.util.Optional.of(config);
    cli.environment.clear();
    return config;
  }

  @Test
  void aKeptPasswordFollowsNoServerOfAnotherFile() throws Exception {
    Path config = nightOpsProfile("");
    Path noServer = ScheduleFiles.write(directory, "no-server.yaml", ScheduleFiles.ISSUE_EXAMPLE
        .replace("server: SERVER\nuser: USER\n", "profile: night-ops\npassword: file-pw\n"));
    // The file alone shows it: refused when read, before any server is resolved.
    assertThat(run("schedule", "run", noServer.toString(), "--once")).isEqualTo(2);
    assertThat(cli.err).contains(noServer + ":3: the password kept in " + noServer + ":3 is sent"
        + " only to the server named in that file, which names none; give the password with"
        + " PHONELOCK_PASSWORD, --password-file or --password-stdin, or name the server in that"
        + " file").doesNotContain("file-pw").doesNotContain("profile-pw");

    Path ownServer = ScheduleFiles.write(directory, "own-server.yaml", ScheduleFiles
        .ISSUE_EXAMPLE.replace("server: SERVER\nuser: USER\n",
            "server: https://file.example.com\nprofile: night-ops\n"));
    assertThat(run("schedule", "run", ownServer.toString(), "--once")).isEqualTo(2);
    String refusal = cli.err;
    assertThat(refusal).contains("the password kept in profile 'night-ops', "
        + config.resolve("config.yaml") + ":5 is sent only to the server named in that file,"
        + " not to https://file.example.com from the schedule file's 'server'")
        .doesNotContain("profile-pw");
    // A dry run reads no password, yet refuses the one the run would refuse, in its words.
    assertThat(run("schedule", "run", ownServer.toString(), "--once", "--dry-run"))
        .isEqualTo(2);
    assertThat(cli.err).isEqualTo(refusal);
    // check sees it too, with the schedule file's line; a password given instead is no problem.
    assertThat(run("schedule", "check", ownServer.toString())).isEqualTo(2);
    assertThat(cli.err).startsWith(ownServer + ":3: profile 'night-ops': the password kept in"
        + " profile 'night-ops', " + config.resolve("config.yaml") + ":5 is sent only to the"
        + " server named in that file, not to https://file.example.com from the schedule file's"
        + " 'server'").doesNotContain("profile-pw");
    cli.environment.put("PHONELOCK_PASSWORD", PASSWORD);
    assertThat(run("schedule", "check", ownServer.toString())).as(cli.err).isZero();
    cli.environment.clear();
    assertThat(clients.opened).isEmpty();
  }

  @Test
  void withoutAnyPasswordNothingIsSent() {
    cli.environment.clear();
    assertThat(run("schedule", "run", file.toString(), "--once")).isEqualTo(2);
    assertThat(cli.err).contains("no password for user 'phonelock-svc': set PHONELOCK_PASSWORD");
    assertThat(clients.opened).isEmpty();
  }

  @Test
  void refusedCombinationsAndLocationsExitTwo() {
    assertThat(run("schedule", "run", file.toString(), "--once", "--no-catch-up")).isEqualTo(2);
    assertThat(cli.err).contains("cannot be combined with --no-catch-up");
    assertThat(run("schedule", "run", file.toString(), "--once", "--state",
        directory.resolve("missing/state.json").toString())).isEqualTo(2);
    assertThat(cli.err).contains("--state", "does not exist or is not writable");
    Path profile = ScheduleFiles.write(directory, "profile.yaml", ScheduleFiles.ISSUE_EXAMPLE
        .replace("server: SERVER\nuser: USER\n", "profile: night-ops\n"));
    assertThat(run("schedule", "run", profile.toString(), "--once")).isEqualTo(2);
    // The schedule file's key, with its line: there is no --profile on this command line.
    assertThat(cli.err).startsWith("phonelock schedule run: " + profile + ":2: profile"
        + " 'night-ops': there is no profiles file").doesNotContain("--profile");
    assertThat(clients.opened).isEmpty();
  }

  @Test
  void aProfileGivesWhatTheScheduleFileLeavesOut() throws Exception {
    Path config = nightOpsProfile("    retries: 5\n");
    Path profile = ScheduleFiles.write(directory, "profile.yaml", ScheduleFiles.ISSUE_EXAMPLE
        .replace("server: SERVER\nuser: USER\n", "profile: night-ops\n"));
    assertThat(run("schedule", "check", profile.toString())).isEqualTo(0);
    assertThat(run("schedule", "run", profile.toString(), "--once")).isEqualTo(0);
    assertThat(clients.opened).singleElement().satisfies(s -> {
      assertThat(s.server()).hasToString("https://profile.example.com");
      assertThat(s.credentials().username()).isEqualTo("profile-user");
      assertThat(s.credentials().password()).isEqualTo("profile-pw");
      assertThat(s.retries()).isEqualTo(5);
    });

    Path both = ScheduleFiles.write(directory, "both.yaml", ScheduleFiles.ISSUE_EXAMPLE
        .replace("server: SERVER\nuser: USER\n",
            "server: https://file.example.com\nprofile: night-ops\npassword: file-pw\n"));
    assertThat(run("schedule", "run", both.toString(), "--once", "--retries", "1")).isEqualTo(0);
    assertThat(clients.opened.get(1).server()).hasToString("https://file.example.com");
    assertThat(clients.opened.get(1).credentials().username()).isEqualTo("profile-user");
    assertThat(clients.opened.get(1).credentials().password()).isEqualTo("file-pw");
    assertThat(clients.opened.get(1).retries()).isEqualTo(1);

    Path unknown = ScheduleFiles.write(directory, "unknown.yaml", ScheduleFiles.ISSUE_EXAMPLE
        .replace("server: SERVER\nuser: USER\n", "profile: prod\n"));
    assertThat(run("schedule", "check", unknown.toString())).isEqualTo(2);
    assertThat(cli.out).isEmpty();
    assertThat(cli.err.lines()).containsExactly(unknown + ":2: profile 'prod': no such profile in "
        + config.resolve("config.yaml") + "; profiles there: night-ops",
        "phonelock schedule: " + unknown + " has 1 error");
    assertThat(run("schedule", "run", unknown.toString(), "--once")).isEqualTo(2);
    assertThat(cli.err).isEqualTo("phonelock schedule run: " + unknown + ":2: profile 'prod': no"
        + " such profile in " + config.resolve("config.yaml") + "; profiles there: night-ops"
        + System.lineSeparator());
  }

  @Test
  void stateAndAuditLogGoWhereTheFlagsSay() throws Exception {
    Path state = directory.resolve("elsewhere-state.json");
    Path auditLog = directory.resolve("elsewhere-audit.jsonl");
    assertThat(run("schedule", "run", file.toString(), "--once", "--state", state.toString(),
        "--audit-log", auditLog.toString())).isEqualTo(0);
    assertThat(state).exists();
    assertThat(Files.readAllLines(auditLog)).hasSize(6);
    assertThat(directory.resolve("night.state.json")).doesNotExist();
  }

  @Test
  void theRunLoopAndOncePrintTheSameJsonObjectPerAttempt() throws Exception {
    clock.set(Instant.parse("2026-06-10T16:59:00Z"));
    clients.thenAnswer(() -> new PhoneLockResult.ServerError(503, ""));
    assertThat(run("schedule", "run", file.toString(), "--no-catch-up", "--output", "json"))
        .isEqualTo(0);
    List<JsonNode> loop = new ArrayList<>();
    for (String line : cli.out.lines().toList()) {
      loop.add(JSON.readTree(line));
    }
    assertThat(loop).extracting(n -> n.get("job").asText() + " " + n.get("attempt").asInt()
        + " " + n.get("outcome").asText() + " " + n.get("exitCode").asInt())
        .containsExactly("rd-night 1 failed 6", "rd-night 2 applied 0");

    clock.set(Instant.parse("2026-06-11T05:40:00Z"));
    assertThat(run("schedule", "run", file.toString(), "--once", "--output", "json"))
        .isEqualTo(0);
    JsonNode once = JSON.readTree(cli.out.strip());
    assertThat(once.get("job").asText()).isEqualTo("rd-morning");
    assertThat(once.get("attempt").asInt()).isEqualTo(1);
    List<String> loopFields = new ArrayList<>();
    loop.get(1).fieldNames().forEachRemaining(loopFields::add);
    List<String> onceFields = new ArrayList<>();
    once.fieldNames().forEachRemaining(onceFields::add);
    assertThat(onceFields).isEqualTo(loopFields);
  }

  @Test
  void helpSaysWhatTheScheduleFileProvides() {
    assertThat(run("schedule", "run", "--help")).isZero();
    assertThat(cli.out).contains("From the schedule file:", "--server=URL", "--user=NAME",
        "--dry-run", "--output=FORMAT", "--verbose", "Exit codes:");
  }
}
