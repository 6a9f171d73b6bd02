package org.phonelock.adapters.files.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonelock.application.schedule.AuditRecord;
import org.phonelock.application.schedule.JobSuccess;
import org.phonelock.application.schedule.Outcome;
import org.phonelock.domain.Filter;
import org.phonelock.application.port.out.RefusedFileException;
import org.phonelock.application.port.out.ScheduleStateStore;
import org.phonelock.domain.PhoneLockAction;

/** The state file and the audit log file. */
class StateAndAuditFilesTest {
  @TempDir Path directory;

  private static final String MILAN = "https://milan.example.com";
  private static final String ROME = "https://rome.example.com";

  @Test
  void theStateFileSurvivesAReopenAndForgets() {
    Path file = directory.resolve("night.state.json");
    ScheduleStateStore state = JsonStateFile.open(file).forServer(MILAN, true);
    assertThat(state.lastSuccess("rd-night")).isEmpty();
    JobSuccess success = new JobSuccess("rd-night", "lock department=\"R&D\"",
        Instant.parse("2026-06-09T17:00:00Z"), Instant.parse("2026-06-09T17:00:02.5Z"));
    state.recordSuccess(success);
    assertThat(JsonStateFile.open(file).forServer(MILAN, true).lastSuccess("rd-night"))
        .contains(success);
    assertThat(directory.resolve("night.state.json.tmp")).doesNotExist();
    state.forgetSuccess("rd-night");
    assertThat(JsonStateFile.open(file).forServer(MILAN, true).lastSuccess("rd-night")).isEmpty();
    // Runs of one schedule lock this file beside it; it is never removed (see JsonStateFile).
    assertThat(JsonStateFile.FILES.lockFile(file)).isEqualTo(
        directory.resolve("night.state.json.lock")).exists();
  }

  @Test
  void eachServerHasItsOwnSuccessInOneFile() throws Exception {
    Path file = directory.resolve("night.state.json");
    JsonStateFile state = JsonStateFile.open(file);
    JobSuccess milan = new JobSuccess("rd-night", "lock department=\"R&D\"",
        Instant.parse("2026-06-09T17:00:00Z"), Instant.parse("2026-06-09T17:00:02Z"));
    state.forServer(MILAN, false).recordSuccess(milan);
    assertThat(JsonStateFile.open(file).forServer(MILAN, false).lastSuccess("rd-night"))
        .contains(milan);
    assertThat(JsonStateFile.open(file).forServer(ROME, false).lastSuccess("rd-night")).isEmpty();
    assertThat(Files.readString(file)).contains("\"rd-night@" + MILAN + "\"");
    state.forServer(ROME, false).forgetSuccess("rd-night");
    assertThat(JsonStateFile.open(file).forServer(MILAN, false).lastSuccess("rd-night"))
        .contains(milan);
  }

  /** Backward compatible: an entry without a server, as older versions wrote it. */
  @Test
  void anOldEntryWithoutAServerCountsForTheOnlyServerAndIsReplacedByItsEntry() throws Exception {
    Path file = directory.resolve("night.state.json");
    Files.writeString(file, "{\"jobs\": {\"rd-night\": {\"definition\": \"lock department=\\\"R&D\\\"\","
        + " \"firing\": \"2026-06-09T17:00:00Z\", \"appliedAt\": \"2026-06-09T17:00:02Z\"}}}\n");
    JobSuccess old = new JobSuccess("rd-night", "lock department=\"R&D\"",
        Instant.parse("2026-06-09T17:00:00Z"), Instant.parse("2026-06-09T17:00:02Z"));
    assertThat(JsonStateFile.open(file).forServer(MILAN, true).lastSuccess("rd-night"))
        .contains(old);
    // With several servers, nothing says which server applied it: it counts for none.
    assertThat(JsonStateFile.open(file).forServer(MILAN, false).lastSuccess("rd-night")).isEmpty();

    JobSuccess next = new JobSuccess("rd-night", "lock department=\"R&D\"",
        Instant.parse("2026-06-10T17:00:00Z"), Instant.parse("2026-06-10T17:00:02Z"));
    JsonStateFile.open(file).forServer(MILAN, true).recordSuccess(next);
    assertThat(Files.readString(file)).contains("\"rd-night@" + MILAN + "\"")
        .doesNotContain("\"rd-night\" :");
    assertThat(JsonStateFile.open(file).forServer(MILAN, true).lastSuccess("rd-night"))
        .contains(next);
  }

  @Test
  void anOversizedOrEndlessStateFileIsRefusedBeforeParsing() throws Exception {
    Path file = directory.resolve("night.state.json");
    try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(JsonStateFile.STATE_BYTES + 1L);
    }
    assertThatThrownBy(() -> JsonStateFile.open(file))
        .isInstanceOf(RefusedFileException.class)
        .hasMessage("state file " + file + ": is larger than 4 MiB, the most accepted; give the"
            + " right file");
    assertThatThrownBy(() -> JsonStateFile.open(Path.of("/dev/zero")))
        .isInstanceOf(RefusedFileException.class)
        .hasMessage("state file /dev/zero: is not a regular file (a FIFO, socket or device);"
            + " give a file");
  }

  @Test
  void jsonOfAnotherShapeIsRefusedNotReadAsAnEmptyState() throws Exception {
    Path file = directory.resolve("night.state.json");
    for (String foreign : List.of("{\"foo\":1}", "[]", "1", "{\"jobs\": []}",
        "{\"jobs\": {\"rd-night\": 1}}",
        "{\"jobs\": {}}\n{\"jobs\": {}}\n")) { // JSON lines, as an audit log holds
      Files.writeString(file, foreign);
      assertThatThrownBy(() -> JsonStateFile.open(file)).as(foreign)
          .isInstanceOf(RefusedFileException.class)
          .hasMessageStartingWith("state file " + file + " is not a phonelock state file (")
          .hasMessageEndingWith("); move it away to start afresh (the next run then catches up"
              + " from the schedule)");
    }
    assertThat(Files.readString(file)).isEqualTo("{\"jobs\": {}}\n{\"jobs\": {}}\n");
    for (String empty : List.of("", "\n", "{\"jobs\": {}}")) {
      Files.writeString(file, empty);
      assertThat(JsonStateFile.open(file).forServer(MILAN, true).lastSuccess("rd-night"))
          .as(empty).isEmpty();
    }
  }

  @Test
  void aDamagedStateFileIsRefusedWithHowToStartAfresh() throws Exception {
    Path file = directory.resolve("night.state.json");
    Files.writeString(file, "{\"jobs\": {\"rd-night\": {\"firing\": \"yesterday\"}}}");
    assertThatThrownBy(() -> JsonStateFile.open(file))
        .isInstanceOf(RefusedFileException.class)
        .hasMessageContaining("state file " + file + " is not a phonelock state file")
        .hasMessageContaining("move it away to start afresh");
    Files.writeString(file, "not json");
    assertThatThrownBy(() -> JsonStateFile.open(file)).isInstanceOf(RefusedFileException.class);
  }

  @Test
  void auditRecordsAreJsonLinesWithTheIssueFieldsInTheScheduleZone() throws Exception {
    Path file = directory.resolve("night.audit.jsonl");
    JsonLinesAuditLog log = new JsonLinesAuditLog(file, ZoneId.of("Europe/Rome"));
    Filter filter = Filter.builder().put("department", "R&D \"quoted\"\nnext").build();
    log.record(new AuditRecord(Instant.parse("2026-06-10T17:01:30.250Z"),
        AuditRecord.Event.OUTCOME, "rd-night", PhoneLockAction.LOCK, "https://ias.example.com",
        filter, Instant.parse("2026-06-10T17:00:00Z"), Outcome.APPLIED, 3,
        Duration.ofMillis(90_250), "40 users, 51 lines matched, 51 changed"));
    log.record(new AuditRecord(Instant.parse("2026-06-10T17:02:00Z"), AuditRecord.Event.ATTEMPT,
        "rd-night", PhoneLockAction.UNLOCK, "https://ias.example.com", Filter.none(),
        Instant.parse("2026-06-10T17:00:00Z"), Outcome.SERVER_ERROR, 1, Duration.ZERO, ""));
    var lines = Files.readAllLines(file);
    assertThat(lines).hasSize(2);
    JsonNode record = new ObjectMapper().readTree(lines.get(0));
    assertThat(record.get("time").asText()).isEqualTo("2026-06-10T19:01:30.250+02:00");
    assertThat(record.get("event").asText()).isEqualTo("outcome");
    assertThat(record.get("job").asText()).isEqualTo("rd-night");
    assertThat(record.get("action").asText()).isEqualTo("lock");
    assertThat(record.get("server").asText()).isEqualTo("https://ias.example.com");
    assertThat(record.get("filters").get("department").asText())
        .isEqualTo("R&D \"quoted\"\nnext");
    assertThat(record.get("firing").asText()).isEqualTo("2026-06-10T19:00+02:00");
    assertThat(record.get("outcome").asText()).isEqualTo("applied");
    assertThat(record.get("attempts").asInt()).isEqualTo(3);
    assertThat(record.get("durationMs").asLong()).isEqualTo(90_250);
    assertThat(record.get("message").asText()).isEqualTo("40 users, 51 lines matched, 51 changed");
    JsonNode attempt = new ObjectMapper().readTree(lines.get(1));
    assertThat(attempt.get("action").asText()).isEqualTo("unlock");
    assertThat(attempt.get("filters").size()).isZero();
    assertThat(attempt.get("outcome").asText()).isEqualTo("server-error");
  }

  @Test
  void onlyAnAuditLogThatPhonelockWroteIsAppendedTo() throws Exception {
    Path file = directory.resolve("audit.jsonl");
    JsonLinesAuditLog.FILES.checkAppendable(file); // missing
    Files.writeString(file, "");
    JsonLinesAuditLog.FILES.checkAppendable(file); // empty
    JsonLinesAuditLog.FILES.open(file, ZoneId.of("UTC"), java.util.Map.of()).record(
        new AuditRecord(Instant.EPOCH, AuditRecord.Event.REQUEST, "command-line",
            PhoneLockAction.LOCK, "https://a.example", Filter.none(), Instant.EPOCH,
            Outcome.APPLIED, 1, Duration.ZERO, ""));
    JsonLinesAuditLog.FILES.checkAppendable(file); // written by phonelock
    String foreignFirstLine = "x".repeat(JsonLinesAuditLog.FIRST_LINE_BYTES + 10);
    for (String foreign : List.of("profiles:\n  default:\n    server: https://a\n",
        "hunter2", "{\"foo\":1}\n", "{\"time\":\"t\",\"event\":\"other\"}\n",
        foreignFirstLine)) {
      Files.writeString(file, foreign);
      assertThatThrownBy(() -> JsonLinesAuditLog.FILES.checkAppendable(file))
          .isInstanceOf(RefusedFileException.class)
          .hasMessage("--audit-log " + file + ": the file exists and is not a phonelock audit"
              + " log (its first line is not a JSON audit record with time, event, job, action"
              + " and server); give another file or move it away");
      assertThat(Files.readString(file)).isEqualTo(foreign);
    }
  }

  /** A write cut short (a full disk) must not take the next record with it. */
  @Test
  void aRecordAfterACutLastLineIsWholeOnALineOfItsOwn() throws Exception {
    Path file = directory.resolve("night.audit.jsonl");
    JsonLinesAuditLog log = new JsonLinesAuditLog(file, ZoneId.of("UTC"));
    Instant firing = Instant.parse("2026-12-01T17:00:00Z");
    AuditRecord attempt = new AuditRecord(Instant.parse("2026-12-01T18:40:00Z"),
        AuditRecord.Event.ATTEMPT, "rd-night", PhoneLockAction.LOCK, MILAN, Filter.none(),
        firing, Outcome.SERVER_ERROR, 1, Duration.ZERO, "");
    log.record(attempt);
    Files.writeString(file, "{\"time\":\"2026-12-01T18:4", java.nio.file.StandardOpenOption.APPEND);
    JsonLinesAuditLog.FILES.checkAppendable(file); // its first line is still a record
    log.record(new AuditRecord(Instant.parse("2026-12-01T18:45:00Z"), AuditRecord.Event.REQUEST,
        "rd-night", PhoneLockAction.LOCK, MILAN, Filter.none(), firing, Outcome.APPLIED, 2,
        Duration.ZERO, ""));
    log.record(new AuditRecord(Instant.parse("2026-12-01T18:45:01Z"), AuditRecord.Event.ATTEMPT,
        "rd-night", PhoneLockAction.LOCK, MILAN, Filter.none(), firing, Outcome.APPLIED, 2,
        Duration.ZERO, ""));
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1)).isEqualTo("{\"time\":\"2026-12-01T18:4");
    assertThat(new ObjectMapper().readTree(lines.get(2)).get("event").asText())
        .isEqualTo("request");
    assertThat(new ObjectMapper().readTree(lines.get(3)).get("event").asText())
        .isEqualTo("attempt");
    assertThat(new AuditLogHistory(file).of("rd-night", MILAN, firing).attempts()).isEqualTo(2);
    // A log that ends a line gets no empty line.
    log.record(attempt);
    assertThat(Files.readAllLines(file)).hasSize(5).doesNotContain("");
  }

  @Test
  void anUnwritableAuditLogNamesItself() {
    JsonLinesAuditLog log = new JsonLinesAuditLog(directory.resolve("missing/audit.jsonl"),
        ZoneId.of("UTC"));
    assertThatThrownBy(() -> log.record(new AuditRecord(Instant.EPOCH, AuditRecord.Event.ATTEMPT,
        "j", PhoneLockAction.LOCK, "https://a.example", Filter.none(), Instant.EPOCH,
        Outcome.APPLIED, 1, Duration.ZERO, "")))
        .hasMessageContaining("cannot write the audit log " + directory.resolve(
            "missing/audit.jsonl"));
  }
}
