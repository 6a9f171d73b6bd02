package org.phonelock.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonelock.adapters.files.schedule.AuditLogHistory;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.schedule.Outcome;

/**
 * {@code lock --audit-log FILE}: the schedule's JSON lines for a one-off action, the first one
 * written before the request is sent; when it cannot be written nothing is sent (exit 7).
 */
class OneOffAuditLogTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final CliHarness cli = new CliHarness();
  @TempDir Path folder;

  @BeforeEach
  void password() {
    cli.environment.put("PHONELOCK_PASSWORD", "s3cret");
  }

  private int lock(String auditLog) {
    return cli.run("lock", "--server", "https://ias.example.com", "--user", "admin",
        "--department", "R&D", "--audit-log", auditLog);
  }

  @Test
  void aRequestRecordPrecedesTheRequestAndAnAttemptRecordFollowsIt() throws Exception {
    Path log = folder.resolve("audit.jsonl");
    List<String> linesWhenSent = new java.util.ArrayList<>();
    cli.server = action -> {
      linesWhenSent.addAll(readLines(log));
      return new PhoneLockResult.Applied(action, org.phonelock.domain.Filter.none(),
          Optional.empty());
    };
    assertThat(lock(log.toString())).isZero();
    assertThat(linesWhenSent).singleElement().satisfies(line -> {
      JsonNode request = JSON.readTree(line);
      assertThat(request.get("event").asText()).isEqualTo("request");
      assertThat(request.get("outcome").asText()).isEqualTo("sending");
    });
    List<String> lines = readLines(log);
    assertThat(lines).hasSize(2);
    JsonNode attempt = JSON.readTree(lines.get(1));
    assertThat(attempt.get("event").asText()).isEqualTo("attempt");
    assertThat(attempt.get("outcome").asText()).isEqualTo("applied");
    assertThat(attempt.get("job").asText()).isEqualTo("command-line");
    assertThat(attempt.get("action").asText()).isEqualTo("lock");
    assertThat(attempt.get("server").asText()).isEqualTo("https://ias.example.com");
    assertThat(attempt.get("filters").get("department").asText()).isEqualTo("R&D");
    assertThat(String.join("\n", lines)).doesNotContain("s3cret");
  }

  @Test
  void whenTheRecordCannotBeWrittenNothingIsSentAndTheExitCodeIsSeven() {
    Path log = folder.resolve("missing").resolve("audit.jsonl");
    assertThat(lock(log.toString())).isEqualTo(ExitCodes.NOT_RECORDED);
    assertThat(cli.sent).isEmpty();
    assertThat(cli.err.strip()).doesNotContain("\n").contains(log.toString(), "was not sent");
  }

  /** The rules of a schedule's record files (README, "Running it"): refused, exit 2. */
  private void assertRefused(int exit, String message) {
    assertThat(exit).as(cli.err).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.sent).isEmpty();
    assertThat(cli.err.strip()).doesNotContain("\n").doesNotContain("\tat ")
        .isEqualTo("phonelock lock: " + message);
  }

  @Test
  void anAuditLogThatIsNotARegularFileIsRefusedBeforeAnythingIsSent() throws Exception {
    Path fifo = Fifos.make(folder.resolve("audit.fifo"));
    for (String notAFile : List.of("/dev/full", fifo.toString(), folder.toString())) {
      assertRefused(lock(notAFile), "--audit-log " + notAFile + ": is "
          + (notAFile.equals(folder.toString()) ? "a directory; give a file"
              : "not a regular file (a FIFO, socket or device); give a file"));
    }
    assertRefused(lock(""), "--audit-log is empty; give a file (see 'phonelock lock --help')");
  }

  @Test
  void anAuditLogThatIsAFileTheCommandReadsIsRefusedAndKept() throws Exception {
    Path config = Files.createDirectories(folder.resolve("config"));
    Path profiles = Files.writeString(config.resolve("config.yaml"), "profiles: {}\n");
    cli.configDirectory = Optional.of(config);
    assertRefused(lock(profiles.toString()),
        "--audit-log " + profiles + ": is the profiles file " + profiles + "; give another file");
    assertThat(Files.readString(profiles)).isEqualTo("profiles: {}\n");
    Path password = Files.writeString(folder.resolve("pw"), "s3cret\n");
    assertRefused(cli.run("lock", "--server", "https://ias.example.com", "--user", "admin",
        "--department", "R&D", "--password-file", password.toString(), "--audit-log",
        password.toString()), "--audit-log " + password + ": is the file of --password-file "
        + password + "; give another file");
    assertThat(Files.readString(password)).isEqualTo("s3cret\n");
    Path ca = Files.writeString(folder.resolve("ca.pem"), "hello\n");
    assertThat(cli.run("lock", "--server", "https://ias.example.com", "--user", "admin",
        "--department", "R&D", "--ca-file", ca.toString(), "--audit-log", ca.toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err).contains("--audit-log " + ca + ": is the CA file of --ca-file " + ca);
    assertThat(Files.readString(ca)).isEqualTo("hello\n");
  }

  @Test
  void onlyAPhonelockAuditLogIsAppendedTo() throws Exception {
    Path notes = Files.writeString(folder.resolve("notes.txt"), "my notes\n");
    assertRefused(lock(notes.toString()), "--audit-log " + notes + ": the file exists and is not"
        + " a phonelock audit log (its first line is not a JSON audit record with time, event,"
        + " job, action and server); give another file or move it away");
    assertThat(Files.readString(notes)).isEqualTo("my notes\n");
    Path log = folder.resolve("audit.jsonl");
    assertThat(lock(log.toString())).isZero();
    assertThat(lock(log.toString())).isZero(); // its own log: appended to
    assertThat(readLines(log)).hasSize(4);
  }

  /** A write cut short (a full disk) must not take the next request record with it. */
  @Test
  void aLogEndingInACutRecordGetsTheNextRecordsWholeOnLinesOfTheirOwn() throws Exception {
    Path log = folder.resolve("audit.jsonl");
    assertThat(lock(log.toString())).isZero();
    String fragment = "{\"time\":\"2026-12-01T18:4";
    Files.writeString(log, fragment, java.nio.file.StandardOpenOption.APPEND);
    assertThat(lock(log.toString())).as(cli.err).isZero();
    List<String> lines = readLines(log);
    assertThat(lines).hasSize(5);
    assertThat(lines.get(2)).isEqualTo(fragment);
    assertThat(JSON.readTree(lines.get(3)).get("event").asText()).isEqualTo("request");
    JsonNode attempt = JSON.readTree(lines.get(4));
    assertThat(attempt.get("event").asText()).isEqualTo("attempt");
    assertThat(new AuditLogHistory(log).of("command-line", "https://ias.example.com",
        OffsetDateTime.parse(attempt.get("firing").asText()).toInstant()).lastOutcome())
        .contains(Outcome.APPLIED);
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.exists(file) ? Files.readAllLines(file) : List.of();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
