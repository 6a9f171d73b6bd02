package org.phonelock.adapters.cli.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code phonelock schedule check} and {@code phonelock schedule next} through the CLI. */
class ScheduleCheckAndNextTest {
  private static final String WITH_DST_JOB = ScheduleFiles.issueExample(
      "https://ias.example.com", "phonelock-svc") + String.join("\n",
      "  - name: sales-sunday",
      "    action: lock",
      "    cron: \"30 2 * * SUN\"",
      "    filters: { department: Sales }",
      "    except: [2026-04-05]",
      "");

  @TempDir Path directory;
  private SimulatedClock clock;
  private ScheduleCli cli;
  private Path file;

  @BeforeEach
  void setUp() {
    clock = new SimulatedClock(Instant.parse("2026-03-27T09:00:00Z"));
    cli = new ScheduleCli(new RecordingClients(clock), clock, () -> clock.loopUntil(Instant.MIN));
    file = ScheduleFiles.write(directory, "night.yaml", WITH_DST_JOB);
  }

  @Test
  void checkSaysValidAndShowsEachJobsNextFiring() {
    assertThat(cli.run("schedule", "check", file.toString())).isEqualTo(0);
    assertThat(cli.out).isEqualTo(String.join("\n",
        file + ": valid: 3 jobs, time zone Europe/Rome",
        "  rd-night: lock department=\"R&D\" at \"0 19 * * MON-FRI\"; next 2026-03-27T19:00+01:00",
        "  rd-morning: unlock department=\"R&D\" customField1=\"Example1\" at \"30 7 * * MON-FRI\";"
            + " next 2026-03-30T07:30+02:00",
        "  sales-sunday: lock department=\"Sales\" at \"30 2 * * SUN\" except [2026-04-05];"
            + " next 2026-03-29T03:00+02:00",
        ""));
    assertThat(cli.err).isEmpty();
  }

  @Test
  void checkNamesEveryErrorWithFileAndLineAndExitsTwo() {
    Path bad = ScheduleFiles.write(directory, "bad.yaml", WITH_DST_JOB
        .replace("action: unlock", "action: unlok").replace("30 2 * * SUN", "30 2 * *"));
    assertThat(cli.run("schedule", "check", bad.toString())).isEqualTo(2);
    assertThat(cli.out).isEmpty();
    assertThat(cli.err.lines()).containsExactly(
        bad + ":10: job rd-morning: action 'unlok' is not accepted; expected lock or unlock",
        bad + ":15: job sales-sunday: cron '30 2 * *' is not accepted (Cron expression contains 4"
            + " parts but we expect one of [5]); expected 5 fields: minute hour day-of-month"
            + " month day-of-week, e.g. \"0 19 * * MON-FRI\"",
        "phonelock schedule: " + bad + " has 2 errors; nothing was sent");
  }

  @Test
  void checkRefusesAJobThatNeverFires() {
    Path never = ScheduleFiles.write(directory, "never.yaml",
        WITH_DST_JOB.replace("30 2 * * SUN", "0 0 31 2 *"));
    assertThat(cli.run("schedule", "check", never.toString())).isEqualTo(2);
    // "valid" only when every check passed, including this one.
    assertThat(cli.out).isEmpty();
    assertThat(cli.err.lines()).containsExactly(
        never + ":15: job sales-sunday: cron \"0 0 31 2 *\" never fires (within ten years, after"
            + " except); fix the cron expression or remove the job",
        "phonelock schedule: " + never + " has 1 error; nothing was sent");
  }

  /** The rule lives in the loading every schedule command shares: each refuses the file. */
  @Test
  void everyScheduleCommandRefusesAJobThatNeverFires() {
    Path never = ScheduleFiles.write(directory, "never.yaml",
        WITH_DST_JOB.replace("30 2 * * SUN", "0 0 31 2 *"));
    String[] neverFires = {
        never + ":15: job sales-sunday: cron \"0 0 31 2 *\" never fires (within ten years,"
            + " after except); fix the cron expression or remove the job",
        "phonelock schedule: " + never + " has 1 error; nothing was sent"};
    for (String[] command : new String[][] {
        {"schedule", "next", never.toString()},
        {"schedule", "run", never.toString(), "--once", "--dry-run"},
        {"schedule", "run", never.toString(), "--once"},
        {"schedule", "export", never.toString(), "--format", "cron"}}) {
      assertThat(cli.run(command)).as(String.join(" ", command)).isEqualTo(2);
      assertThat(cli.out).as(String.join(" ", command)).isEmpty();
      assertThat(cli.err.lines()).as(String.join(" ", command)).startsWith(neverFires);
    }
    assertThat(cli.run("schedule", "status", never.toString())).isEqualTo(3);
    assertThat(cli.out).startsWith("PHONELOCK UNKNOWN - the schedule file " + never
        + " has 1 error: " + never + ":15: job sales-sunday: cron");
    // status only reads: no "nothing was sent" summary.
    assertThat(cli.err.lines()).containsExactly(neverFires[0]);
  }

  /**
   * What the file alone shows is refused when it is read, so that check, next, export and a dry
   * run refuse what the run refuses: a password with no server to go to, a blank user name.
   */
  @Test
  void everyScheduleCommandRefusesAPasswordWithoutServerAndABlankUser() throws Exception {
    Path config = Files.createDirectory(directory.resolve("config"));
    ScheduleFiles.write(config, "config.yaml", "profiles:\n  night-ops:\n"
        + "    server: https://profile.example.com\n    user: svc\n");
    cli.configDirectory = java.util.Optional.of(config);
    Path noServer = ScheduleFiles.write(directory, "a.yaml", ScheduleFiles.ISSUE_EXAMPLE
        .replace("server: SERVER\nuser: USER\n", "profile: night-ops\npassword: file-pw\n"),
        "rw-------");
    Path blankUser = ScheduleFiles.write(directory, "z.yaml", ScheduleFiles.ISSUE_EXAMPLE
        .replace("SERVER", "https://ias.example.com").replace("USER", "\"\\u200b\""));
    Path spaceUser = ScheduleFiles.write(directory, "s.yaml", ScheduleFiles.ISSUE_EXAMPLE
        .replace("SERVER", "https://ias.example.com").replace("USER", "\" \""));
    Map<Path, String> refusals = Map.of(
        noServer, noServer + ":3: the password kept in " + noServer + ":3 is sent only to the"
            + " server named in that file, which names none; give the password with"
            + " PHONELOCK_PASSWORD, --password-file or --password-stdin, or name the server in"
            + " that file",
        blankUser, blankUser + ":3: user gives a blank or invisible user name; give the"
            + " account's name",
        spaceUser, spaceUser + ":3: user gives a blank or invisible user name; give the"
            + " account's name");
    refusals.forEach((file, refusal) -> {
      for (String[] command : new String[][] {
          {"schedule", "check", file.toString()},
          {"schedule", "next", file.toString()},
          {"schedule", "run", file.toString(), "--once", "--dry-run"},
          {"schedule", "run", file.toString(), "--once"},
          {"schedule", "export", file.toString(), "--format", "cron"}}) {
        assertThat(cli.run(command)).as(String.join(" ", command)).isEqualTo(2);
        assertThat(cli.err.lines()).as(String.join(" ", command) + cli.err).startsWith(refusal);
        assertThat(cli.out + cli.err).doesNotContain("file-pw").doesNotContain("--user");
      }
      assertThat(cli.run("schedule", "status", file.toString())).isEqualTo(3);
      assertThat(cli.out).contains(refusal);
    });
  }

  @Test
  void checkWarnsAboutPlainHttpToAnotherHost() {
    Path plain = ScheduleFiles.write(directory, "plain.yaml",
        ScheduleFiles.issueExample("http://ias.example.com", "svc"));
    assertThat(cli.run("schedule", "check", plain.toString())).isEqualTo(0);
    assertThat(cli.err).contains("warning: credentials would go unencrypted over plain http to"
        + " ias.example.com");
  }

  @Test
  void nextListsFiringsWithLocalTimeAndOffsetThenJobAndAction() {
    assertThat(cli.run("schedule", "next", file.toString(), "--from", "2026-03-27T12:00+01:00",
        "--count", "6")).isEqualTo(0);
    assertThat(cli.out.lines()).containsExactly(
        "2026-03-27T19:00+01:00 rd-night lock department=\"R&D\"",
        "2026-03-29T03:00+02:00 sales-sunday lock department=\"Sales\" (for 02:30, skipped by"
            + " DST)",
        "2026-03-30T07:30+02:00 rd-morning unlock department=\"R&D\" customField1=\"Example1\"",
        "2026-03-30T19:00+02:00 rd-night lock department=\"R&D\"",
        "2026-03-31T07:30+02:00 rd-morning unlock department=\"R&D\" customField1=\"Example1\"",
        "2026-03-31T19:00+02:00 rd-night lock department=\"R&D\"");
  }

  @Test
  void nextHonoursExceptAndStartsNowByDefault() {
    clock.set(Instant.parse("2026-04-03T12:00:00Z"));
    assertThat(cli.run("schedule", "next", file.toString(), "--count", "40")).isEqualTo(0);
    assertThat(cli.out.lines()).filteredOn(l -> l.contains("sales-sunday")).first()
        .asString().startsWith("2026-04-12T02:30+02:00");
    assertThat(cli.out.lines().findFirst()).contains(
        "2026-04-03T19:00+02:00 rd-night lock department=\"R&D\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-03-29T03:00+02:00", "2026-03-29T01:00Z", "2026-03-29T03:00",
      "2026-03-29T02:30", "2026-03-29T03:00+02:00[Europe/Rome]"})
  void fromAcceptsOffsetsUtcLocalTimesAndZonedTimesAndIsInclusive(String from) {
    assertThat(cli.run("schedule", "next", file.toString(), "--from", from, "--count", "1"))
        .isEqualTo(0);
    assertThat(cli.out).startsWith("2026-03-29T03:00+02:00 sales-sunday");
  }

  @Test
  void fromAcceptsADateAtTheStartOfThatDay() {
    assertThat(cli.run("schedule", "next", file.toString(), "--from", "2026-03-30",
        "--count", "1")).isEqualTo(0);
    assertThat(cli.out).startsWith("2026-03-30T07:30+02:00 rd-morning");
  }

  @Test
  void badFlagsExitTwoWithWhatIsAccepted() {
    assertThat(cli.run("schedule", "next", file.toString(), "--from", "yesterday")).isEqualTo(2);
    assertThat(cli.err).contains("--from 'yesterday' is not accepted; expected an ISO-8601 time");
    assertThat(cli.run("schedule", "next", file.toString(), "--from", "+12026-01-01T00:00Z"))
        .isEqualTo(2);
    assertThat(cli.err).contains("expected a time in the years 1 to 9999");
    assertThat(cli.run("schedule", "next", file.toString(), "--count", "0")).isEqualTo(2);
    assertThat(cli.err).contains("--count 0 is not accepted; expected 1 to 1000");
    assertThat(cli.run("schedule")).isEqualTo(2);
    assertThat(cli.err).contains("no command given; use one of: check, next, run, status, export");
    assertThat(cli.run("schedule", "check")).isEqualTo(2);
    assertThat(cli.err).contains("Missing required parameter: 'FILE'");
  }
}
