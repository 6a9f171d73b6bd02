package org.phonelock.adapters.cli.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.phonelock.adapters.cli.Redaction;
import org.phonelock.application.schedule.AttemptHistory;
import org.phonelock.application.schedule.FiringHistory;
import org.phonelock.application.schedule.Outcome;

/**
 * Reads the attempts of a firing back from the JSON lines of {@link JsonLinesAuditLog}, for
 * {@code schedule status}. A missing log has no attempts; a line that is not a record (a run that
 * died mid-write) is skipped.
 */
final class AuditLogHistory implements AttemptHistory {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  AuditLogHistory(Path file) {
    this.file = file;
  }

  /**
   * @throws UncheckedIOException when the log exists but cannot be read; the message names it
   */
  @Override
  public FiringHistory of(String job, String server, Instant firing) {
    int attempts = 0;
    Optional<Instant> first = Optional.empty();
    Optional<Outcome> last = Optional.empty();
    String message = "";
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        Optional<JsonNode> record = parse(line);
        if (record.isEmpty() || !"attempt".equals(record.get().path("event").asText())
            || !job.equals(record.get().path("job").asText())
            || !server.equals(record.get().path("server").asText())
            || !firing.equals(instant(record.get().path("firing").asText()).orElse(null))) {
          continue;
        }
        JsonNode r = record.get();
        attempts = Math.max(attempts + 1, r.path("attempts").asInt(0));
        if (first.isEmpty()) {
          first = instant(r.path("time").asText());
        }
        last = outcome(r.path("outcome").asText());
        message = Redaction.text(r.path("message").asText(""));
      }
    } catch (NoSuchFileException e) {
      return FiringHistory.NONE;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the audit log " + file + ": "
          + e.getClass().getSimpleName() + " " + e.getMessage(), e);
    }
    return attempts == 0 ? FiringHistory.NONE
        : new FiringHistory(attempts, first, last, message);
  }

  private static Optional<JsonNode> parse(String line) {
    try {
      JsonNode node = JSON.readTree(line);
      return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<Instant> instant(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Outcome> outcome(String label) {
    for (Outcome outcome : Outcome.values()) {
      if (outcome.label().equals(label)) {
        return Optional.of(outcome);
      }
    }
    return Optional.empty();
  }
}
