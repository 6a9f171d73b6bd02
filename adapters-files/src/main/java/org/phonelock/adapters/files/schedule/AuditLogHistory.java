package org.phonelock.adapters.files.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.phonelock.application.BoundedFiles;
import org.phonelock.domain.Redaction;
import org.phonelock.application.port.out.AttemptHistory;
import org.phonelock.application.schedule.FiringHistory;
import org.phonelock.application.schedule.Outcome;

/**
 * Reads the attempts of a firing back from the JSON lines of {@link JsonLinesAuditLog}, for
 * {@code schedule status}, the metrics file and alerts. A missing log has no attempts; a line
 * that is not a record (a run that died mid-write) is skipped, and so is a line longer than
 * {@link #MAX_LINE_BYTES} (no record is that long; a damaged file must not exhaust memory).
 *
 * <p>The log is append-only, so each call reads only what was appended since the previous one
 * and keeps every firing's history in memory: a run that asks after every attempt, for every
 * job, reads the file once in all, not once per job and attempt. A log that shrank (rotated or
 * replaced) is read again from its start.
 */
public final class AuditLogHistory implements AttemptHistory {
  /** Far above any record (a few hundred bytes, filters included). */
  static final int MAX_LINE_BYTES = 64 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Map<Key, FiringHistory> histories = new HashMap<>();
  private final ByteArrayOutputStream partialLine = new ByteArrayOutputStream();
  private long offset;
  private boolean skippingLongLine;

  private record Key(String job, String server, Instant firing) {}

  /** Reads the log in {@code file}; nothing is read before the first question. */
  public AuditLogHistory(Path file) {
    this.file = file;
  }

  /**
   * @throws UncheckedIOException when the log exists but cannot be read; the message names it
   * @throws org.phonelock.application.port.out.RefusedFileException when the log exists and
   *     is not a regular file
   */
  @Override
  public synchronized FiringHistory of(String job, String server, Instant firing) {
    readAppended();
    return histories.getOrDefault(new Key(job, server, firing), FiringHistory.NONE);
  }

  private void readAppended() {
    // A FIFO would block the open, a device such as /dev/zero would never end.
    BoundedFiles.requireRegularFile(file, "audit log " + file);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size < offset) {
        histories.clear();
        partialLine.reset();
        skippingLongLine = false;
        offset = 0;
      }
      ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
      channel.position(offset);
      // One pass reads what the file held when it was opened, no more: a file that grows as it
      // is read (or claims a size it does not have) cannot keep a pass going.
      while (offset < size) {
        buffer.limit((int) Math.min(buffer.capacity(), size - offset));
        int read = channel.read(buffer);
        if (read <= 0) {
          break;
        }
        offset += read;
        buffer.flip();
        while (buffer.hasRemaining()) {
          accept(buffer.get());
        }
        buffer.clear();
      }
    } catch (NoSuchFileException e) {
      histories.clear();
      offset = 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the audit log " + file + ": "
          + e.getClass().getSimpleName() + " " + e.getMessage(), e);
    }
  }

  private void accept(byte b) {
    if (b == '\n') {
      if (!skippingLongLine) {
        parse(partialLine.toString(StandardCharsets.UTF_8)).ifPresent(this::add);
      }
      partialLine.reset();
      skippingLongLine = false;
    } else if (partialLine.size() >= MAX_LINE_BYTES) {
      skippingLongLine = true;
      partialLine.reset();
    } else if (!skippingLongLine) {
      partialLine.write(b);
    }
  }

  private void add(JsonNode r) {
    if (!"attempt".equals(r.path("event").asText())) {
      return;
    }
    Optional<Instant> firing = instant(r.path("firing").asText());
    if (firing.isEmpty()) {
      return;
    }
    Key key = new Key(r.path("job").asText(), r.path("server").asText(), firing.get());
    FiringHistory before = histories.getOrDefault(key, FiringHistory.NONE);
    histories.put(key, new FiringHistory(
        Math.max(before.attempts() + 1, r.path("attempts").asInt(0)),
        before.firstAttempt().or(() -> instant(r.path("time").asText())),
        outcome(r.path("outcome").asText()),
        Redaction.text(r.path("message").asText(""))));
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
