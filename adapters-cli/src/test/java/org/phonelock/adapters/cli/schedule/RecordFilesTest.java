package org.phonelock.adapters.cli.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.phonelock.adapters.cli.Fifos;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.out.Sleeper;
import org.phonelock.domain.PhoneLockAction;

/**
 * The files {@code schedule run} writes (state file, audit log, {@code --metrics-file}) never
 * overwrite an input, each other, or what is not a regular file; and no audit log makes {@code
 * run} or {@code status} hang. Refused before anything is sent or written: one line, exit 2
 * ({@code status}: UNKNOWN, 3).
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang guard only
class RecordFilesTest {
  private static final String SCHEDULE =
      ScheduleFiles.issueExample("https://ias.example.com", "phonelock-svc");

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
    cli.environment.put("PHONELOCK_PASSWORD", "pw");
    cli.configDirectory = Optional.of(directory.resolve("config"));
    file = ScheduleFiles.write(directory, "night.yaml", SCHEDULE);
  }

  private void assertRefused(int exit, String... named) {
    assertThat(exit).as(cli.err).isEqualTo(2);
    assertThat(cli.err.strip()).doesNotContain("\n").doesNotContain("\tat ")
        .contains(named);
    assertThat(cli.out).isEmpty();
    assertThat(clients.requests).isEmpty();
  }

  @Test
  void aMetricsFileThatIsTheScheduleFileIsRefusedAndTheScheduleIsKept() throws Exception {
    assertRefused(cli.run("schedule", "run", file.toString(), "--once", "--metrics-file",
        file.toString()), "--metrics-file " + file + ": is the schedule file " + file);
    assertThat(Files.readString(file)).isEqualTo(SCHEDULE);
    assertThat(directory.resolve("night.audit.jsonl")).doesNotExist();
  }

  @Test
  void aMetricsFileThatIsTheAuditLogOrTheStateFileIsRefused() throws Exception {
    Path audit = Files.writeString(directory.resolve("night.audit.jsonl"), "{\"event\":\"x\"}\n");
    assertRefused(cli.run("schedule", "run", file.toString(), "--once", "--metrics-file",
        audit.toString()), "--metrics-file " + audit + ": is the file of --audit-log");
    assertThat(Files.readString(audit)).isEqualTo("{\"event\":\"x\"}\n");
    Path link = Files.createSymbolicLink(directory.resolve("state-link.json"),
        directory.resolve("night.state.json"));
    Files.writeString(directory.resolve("night.state.json"), "{\"jobs\":{}}\n");
    assertRefused(cli.run("schedule", "run", file.toString(), "--once", "--metrics-file",
        link.toString()), "--metrics-file " + link + ": is the file of --state");
    assertRefused(cli.run("schedule", "run", file.toString(), "--once", "--audit-log",
        file.toString()), "--audit-log " + file + ": is the schedule file");
    assertThat(Files.readString(file)).isEqualTo(SCHEDULE);
  }

  @Test
  void aMetricsFileThatIsTheProfilesFileIsRefusedWithDryRunToo() throws Exception {
    Path config = Files.createDirectories(directory.resolve("config")).resolve("config.yaml");
    String profiles = "profiles:\n  lab:\n    server: https://lab.example.com\n";
    Files.writeString(config, profiles);
    assertRefused(cli.run("schedule", "run", file.toString(), "--once", "--dry-run",
        "--metrics-file", config.toString()),
        "--metrics-file " + config + ": is the profiles file " + config);
    assertThat(Files.readString(config)).isEqualTo(profiles);
  }

  @Test
  void aMetricsFileThatIsNotARegularFileIsRefusedAtOnce() throws Exception {
    Path fifo = Fifos.make(directory.resolve("metrics.prom"));
    assertRefused(cli.run("schedule", "run", file.toString(), "--once", "--metrics-file",
        fifo.toString()), "--metrics-file " + fifo
        + ": is not a regular file (a FIFO, socket or device); give a file");
    assertThat(Files.isRegularFile(fifo)).isFalse();
    Path folder = Files.createDirectory(directory.resolve("folder.prom"));
    assertRefused(cli.run("schedule", "run", file.toString(), "--once", "--metrics-file",
        folder.toString()), "--metrics-file " + folder + ": is a directory; give a file");
  }

  @Test
  void anExistingFileThatPhonelockDidNotWriteIsNotReplaced() throws Exception {
    Path other = Files.writeString(directory.resolve("notes.prom"), "my notes\n");
    assertRefused(cli.run("schedule", "run", file.toString(), "--once", "--metrics-file",
        other.toString()), "--metrics-file " + other
        + ": the file exists and is not a phonelock metrics file");
    assertThat(Files.readString(other)).isEqualTo("my notes\n");
  }

  @Test
  void anEmptyFileAndAFilePhonelockWroteAreReplaced() throws Exception {
    Path metrics = Files.createFile(directory.resolve("night.prom"));
    assertThat(cli.run("schedule", "run", file.toString(), "--once", "--metrics-file",
        metrics.toString())).as(cli.err).isZero();
    assertThat(Files.readString(metrics)).startsWith("# HELP phonelock_heartbeat_timestamp_seconds ");
    clock.advance(java.time.Duration.ofHours(1));
    assertThat(cli.run("schedule", "run", file.toString(), "--once", "--metrics-file",
        metrics.toString())).as(cli.err).isZero();
    assertThat(Files.readString(metrics)).contains("phonelock_heartbeat_timestamp_seconds "
        + clock.instant().getEpochSecond());
  }

  @Test
  void dryRunWritesNoMetricsFile() {
    Path metrics = directory.resolve("night.prom");
    assertThat(cli.run("schedule", "run", file.toString(), "--dry-run", "--metrics-file",
        metrics.toString())).as(cli.err).isZero();
    assertThat(metrics).doesNotExist();
    assertThat(directory.resolve("night.audit.jsonl")).doesNotExist();
    assertThat(clients.requests).isEmpty();
  }

  @Test
  void aStateFileOrAuditLogThatIsAFifoIsRefusedAtOnce() throws Exception {
    Path fifo = Fifos.make(directory.resolve("records.fifo"));
    assertRefused(cli.run("schedule", "run", file.toString(), "--once", "--state",
        fifo.toString()), "--state " + fifo + ": is not a regular file");
    assertRefused(cli.run("schedule", "run", file.toString(), "--once", "--audit-log",
        fifo.toString()), "--audit-log " + fifo + ": is not a regular file");
    assertRefused(cli.run("schedule", "run", file.toString(), "--dry-run", "--state",
        fifo.toString()), "--state " + fifo + ": is not a regular file");
  }

  @Test
  void anEndlessAuditLogIsRefusedByRunWithNotifyAndByStatus() {
    Path withNotify = ScheduleFiles.write(directory, "notify.yaml", SCHEDULE
        + "notify:\n  webhook: https://hooks.example.com/T000\n");
    // Read-only checks of /dev/zero: it is refused before anything opens it for writing.
    assertRefused(cli.run("schedule", "run", withNotify.toString(), "--once", "--audit-log",
        "/dev/zero"), "--audit-log /dev/zero: is not a regular file");
    assertThat(cli.run("schedule", "status", file.toString(), "--audit-log", "/dev/zero"))
        .isEqualTo(3);
    assertThat(cli.out).isEqualTo("PHONELOCK UNKNOWN - audit log /dev/zero: is not a regular"
        + " file (a FIFO, socket or device); give a file\n");
  }

  @Test
  void statusAppliesTheClashRulesOfRunAndIsUnknown() throws Exception {
    Path audit = directory.resolve("night.audit.jsonl");
    Path profiles = Files.createDirectories(directory.resolve("config")).resolve("config.yaml");
    Files.writeString(profiles, "profiles: {}\n");
    Path state = directory.resolve("night.state.json");
    String[][] clashes = {
        {"--state", audit.toString(), "--audit-log " + audit + ": is the file of --state " + audit
            + "; give another file"},
        {"--audit-log", profiles.toString(), "--audit-log " + profiles + ": is the profiles file "
            + profiles + "; give another file"},
        {"--audit-log", state.toString(), "--audit-log " + state + ": is the file of --state "
            + state + "; give another file"},
        {"--state", file.toString(), "--state " + file + ": is the schedule file " + file
            + "; give another file"}};
    for (String[] clash : clashes) {
      assertThat(cli.run("schedule", "status", file.toString(), clash[0], clash[1]))
          .as(clash[2]).isEqualTo(3);
      assertThat(cli.out).isEqualTo("PHONELOCK UNKNOWN - " + clash[2] + "\n");
    }
  }

  @Test
  void aStateFileOfAnotherShapeIsRefusedAndKept() throws Exception {
    Path foreign = Files.writeString(directory.resolve("st.foreign"), "{\"foo\":1}");
    assertRefused(cli.run("schedule", "run", file.toString(), "--once", "--state",
        foreign.toString()), "state file " + foreign + " is not a phonelock state file (");
    assertThat(Files.readString(foreign)).isEqualTo("{\"foo\":1}");
    assertThat(cli.run("schedule", "status", file.toString(), "--state", foreign.toString()))
        .isEqualTo(3);
    assertThat(cli.out).startsWith("PHONELOCK UNKNOWN - state file " + foreign
        + " is not a phonelock state file (");
  }

  @Test
  void runAppendsOnlyToAPhonelockAuditLogAndNeverToThePasswordFile() throws Exception {
    Path notes = Files.writeString(directory.resolve("notes.txt"), "my notes\n");
    assertRefused(cli.run("schedule", "run", file.toString(), "--once", "--audit-log",
        notes.toString()), "--audit-log " + notes + ": the file exists and is not a phonelock"
        + " audit log (its first line is not a JSON audit record with time, event, job, action"
        + " and server); give another file or move it away");
    assertThat(Files.readString(notes)).isEqualTo("my notes\n");
    // status would read it as a log without attempts, and answer OK: UNKNOWN instead.
    assertThat(cli.run("schedule", "status", file.toString(), "--audit-log", notes.toString()))
        .isEqualTo(3);
    assertThat(cli.out).startsWith("PHONELOCK UNKNOWN - --audit-log " + notes + ": the file"
        + " exists and is not a phonelock audit log");
    Path password = Files.writeString(directory.resolve("pw"), "pw\n");
    assertRefused(cli.run("schedule", "run", file.toString(), "--once", "--password-file",
        password.toString(), "--audit-log", password.toString()), "--audit-log " + password
        + ": is the file of --password-file " + password + "; give another file");
    assertThat(Files.readString(password)).isEqualTo("pw\n");
  }

  @Test
  void anEmptyFileOptionIsRefusedAsEmpty() {
    for (String flag : List.of("--state", "--audit-log", "--metrics-file", "--password-file",
        "--ca-file")) {
      assertRefused(cli.run("schedule", "run", file.toString(), "--once", flag, ""),
          "phonelock schedule run: " + flag + " is empty; give a file");
    }
    assertThat(cli.run("schedule", "status", file.toString(), "--state", "")).isEqualTo(3);
    assertThat(cli.out).startsWith("PHONELOCK UNKNOWN - ").contains("--state is empty");
  }

  @Test
  void statusOfAFifoAuditLogOrStateFileIsUnknownAtOnce() throws Exception {
    Path fifo = Fifos.make(directory.resolve("records.fifo"));
    assertThat(cli.run("schedule", "status", file.toString(), "--audit-log", fifo.toString()))
        .isEqualTo(3);
    assertThat(cli.out).startsWith("PHONELOCK UNKNOWN - audit log " + fifo
        + ": is not a regular file");
    assertThat(cli.run("schedule", "status", file.toString(), "--state", fifo.toString()))
        .isEqualTo(3);
    assertThat(cli.out).startsWith("PHONELOCK UNKNOWN - state file " + fifo
        + ": is not a regular file");
  }

  @Test
  void aMetricsFileThatCannotBeWrittenWhileRunningIsAWarningAndTheRunGoesOn() throws Exception {
    Path folder = Files.createDirectory(directory.resolve("metrics"));
    Path metrics = folder.resolve("night.prom");
    clients.thenAnswer(() -> {
      deleteTree(folder); // the metrics folder goes away after the start-up write
      return new PhoneLockResult.Applied(PhoneLockAction.LOCK,
          org.phonelock.domain.Filter.none(), Optional.empty());
    });
    assertThat(cli.run("schedule", "run", file.toString(), "--once", "--metrics-file",
        metrics.toString())).as(cli.err).isZero();
    assertThat(cli.err).containsOnlyOnce("warning: cannot write the metrics file " + metrics);
    assertThat(clients.requests).hasSize(2);
  }

  @Test
  void anAuditLogThatCannotBeWrittenWhileRunningStopsBeforeTheNextRequest() throws Exception {
    Path folder = Files.createDirectory(directory.resolve("records"));
    Path audit = folder.resolve("night.audit.jsonl");
    cli = new ScheduleCli(clients, clock, () -> {
      LoopControl loop = clock.loopUntil(Instant.parse("2026-06-10T17:05:00Z"));
      return new LoopControl() {
        @Override
        public Sleeper sleeper() {
          return duration -> {
            deleteTree(folder); // after the catch-up, before the evening lock
            loop.sleeper().sleep(duration);
          };
        }

        @Override
        public boolean stopRequested() {
          return loop.stopRequested();
        }

        @Override
        public void finished() {
          loop.finished();
        }
      };
    });
    cli.environment.put("PHONELOCK_PASSWORD", "pw");
    assertThat(cli.run("schedule", "run", file.toString(), "--audit-log", audit.toString()))
        .isEqualTo(7);
    assertThat(clients.requests).hasSize(2); // the catch-up; not the evening lock
    assertThat(cli.err.lines().filter(l -> l.contains("cannot write the audit log")))
        .as(cli.err).singleElement().asString().contains(audit.toString(), "the lock of job rd-night",
            "was not sent");
  }

  private static void deleteTree(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
