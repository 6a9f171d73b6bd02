package org.phonelock.adapters.files.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonelock.application.schedule.FiringHistory;
import org.phonelock.application.schedule.Outcome;

/** Reading attempts back from the audit log: incrementally, and bounded per line. */
class AuditLogHistoryTest {
  private static final String SERVER = "https://ias.example.com";
  private static final Instant FIRING = Instant.parse("2026-06-10T17:00:00Z");
  @TempDir Path folder;

  private static String attempt(String job, int attempts, String outcome, String time) {
    return "{\"time\":\"" + time + "\",\"event\":\"attempt\",\"job\":\"" + job
        + "\",\"action\":\"lock\",\"server\":\"" + SERVER + "\",\"filters\":{},"
        + "\"firing\":\"2026-06-10T19:00+02:00\",\"outcome\":\"" + outcome + "\",\"attempts\":"
        + attempts + ",\"durationMs\":5,\"message\":\"503\"}\n";
  }

  private static void append(Path file, String text) throws Exception {
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  @Test
  void recordsAppendedAfterAReadAreSeenByTheNextOne() throws Exception {
    Path log = folder.resolve("night.audit.jsonl");
    AuditLogHistory history = new AuditLogHistory(log);
    assertThat(history.of("rd", SERVER, FIRING)).isEqualTo(FiringHistory.NONE);
    append(log, attempt("rd", 1, "server-error", "2026-06-10T19:00:01+02:00"));
    assertThat(history.of("rd", SERVER, FIRING).attempts()).isEqualTo(1);
    // Half a line (a writer mid-record) is kept until its line break arrives.
    String second = attempt("rd", 2, "applied", "2026-06-10T19:00:31+02:00");
    append(log, second.substring(0, 40));
    assertThat(history.of("rd", SERVER, FIRING).attempts()).isEqualTo(1);
    append(log, second.substring(40));
    FiringHistory after = history.of("rd", SERVER, FIRING);
    assertThat(after.attempts()).isEqualTo(2);
    assertThat(after.lastOutcome()).isEqualTo(Optional.of(Outcome.APPLIED));
    assertThat(after.firstAttempt()).hasValue(Instant.parse("2026-06-10T17:00:01Z"));
    assertThat(history.of("other", SERVER, FIRING)).isEqualTo(FiringHistory.NONE);
  }

  @Test
  void aLogThatShrankIsReadAgainFromItsStart() throws Exception {
    Path log = folder.resolve("night.audit.jsonl");
    AuditLogHistory history = new AuditLogHistory(log);
    append(log, attempt("rd", 1, "server-error", "2026-06-10T19:00:01+02:00")
        + attempt("rd", 2, "server-error", "2026-06-10T19:00:31+02:00"));
    assertThat(history.of("rd", SERVER, FIRING).attempts()).isEqualTo(2);
    Files.writeString(log, attempt("rd", 1, "applied", "2026-06-10T19:05:00+02:00"));
    assertThat(history.of("rd", SERVER, FIRING).attempts()).isEqualTo(1);
    assertThat(history.of("rd", SERVER, FIRING).lastOutcome()).hasValue(Outcome.APPLIED);
  }

  @Test
  void anOverlongLineIsSkippedAndTheRecordsAfterItStillCount() throws Exception {
    Path log = folder.resolve("night.audit.jsonl");
    append(log, "x".repeat(10 * AuditLogHistory.MAX_LINE_BYTES) + "\n"
        + attempt("rd", 1, "server-error", "2026-06-10T19:00:01+02:00"));
    assertThat(new AuditLogHistory(log).of("rd", SERVER, FIRING).attempts()).isEqualTo(1);
  }
}
