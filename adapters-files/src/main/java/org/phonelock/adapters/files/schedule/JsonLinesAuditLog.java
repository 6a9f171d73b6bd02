package org.phonelock.adapters.files.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.phonelock.application.port.out.AuditLog;
import org.phonelock.application.port.out.RefusedFileException;
import org.phonelock.application.schedule.AuditRecord;
import org.phonelock.application.schedule.JobFields;
import org.phonelock.application.schedule.Notification;
import org.phonelock.application.schedule.NotificationDelivery;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;

/**
 * The audit log as JSON lines (README, "Schedules"), one object per record: {@code time}, {@code
 * event} ({@code attempt} or {@code outcome}), {@code job}, {@code action}, {@code server},
 * {@code filters} (API field names to values), {@code firing}, {@code outcome}, {@code
 * attempts}, {@code durationMs}, {@code message}. Times are ISO-8601 with the schedule zone's
 * offset. Each record is appended with one write and forced to disk, so concurrent runs do not
 * interleave lines and a crash loses no record that was reported; a last line cut short is ended
 * first, in the same write, so the record after it is whole.
 */
public final class JsonLinesAuditLog implements AuditLog.WithDeliveries {
  /** Opens audit logs, and refuses a file that is not one, as the port's factory. */
  public static final AuditLog.Factory FILES = new AuditLog.Factory() {
    @Override
    public void checkAppendable(Path file) {
      JsonLinesAuditLog.checkAppendable(file);
    }

    @Override
    public AuditLog.WithDeliveries open(Path file, ZoneId zone, Map<String, String> profiles) {
      return new JsonLinesAuditLog(file, zone, profiles);
    }
  };

  /** The most of a first line read to tell an audit log from another file (records are far smaller). */
  static final int FIRST_LINE_BYTES = 64 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> EVENTS = Set.of("request", "attempt", "outcome",
      "notification");

  private final Path file;
  private final ZoneId zone;
  private final Map<String, String> profiles;

  /**
   * Creates the log; the file is created on the first record.
   *
   * @param file the log file; its directory must exist
   */
  public JsonLinesAuditLog(Path file, ZoneId zone) {
    this(file, zone, Map.of());
  }

  /**
   * Creates the log of a schedule with {@code profiles:}, whose records also name the profile.
   *
   * @param file the log file; its directory must exist
   * @param profiles the profile of each server URL; a server not in it has no {@code profile}
   */
  public JsonLinesAuditLog(Path file, ZoneId zone, Map<String, String> profiles) {
    this.file = file;
    this.zone = zone;
    this.profiles = Map.copyOf(profiles);
  }

  /**
   * Refuses to append to an existing, non-empty file whose first line is not a record this class
   * writes (README, "Schedules": a profiles file, a password file or another program's log given
   * as the audit log would be damaged). Reads at most {@link #FIRST_LINE_BYTES} and one byte.
   */
  static void checkAppendable(Path file) {
    if (!Files.isRegularFile(file)) {
      return;
    }
    byte[] start;
    try (InputStream in = Files.newInputStream(file)) {
      start = in.readNBytes(FIRST_LINE_BYTES + 1);
    } catch (IOException e) {
      throw new RefusedFileException("--audit-log " + file + ": cannot be read ("
          + e.getClass().getSimpleName() + "), so it cannot be told from a file that is not a"
          + " phonelock audit log; give another file");
    }
    if (start.length > 0 && !isRecord(firstLine(start))) {
      throw new RefusedFileException("--audit-log " + file + ": the file exists and is not a"
          + " phonelock audit log (its first line is not a JSON audit record with time, event,"
          + " job, action and server); give another file or move it away");
    }
  }

  private static String firstLine(byte[] start) {
    for (int i = 0; i < start.length; i++) {
      if (start[i] == '\n') {
        return new String(start, 0, i, StandardCharsets.UTF_8);
      }
    }
    return start.length > FIRST_LINE_BYTES ? "" : new String(start, StandardCharsets.UTF_8);
  }

  private static boolean isRecord(String line) {
    JsonNode node;
    try {
      node = JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(line);
    } catch (JsonProcessingException e) {
      return false;
    }
    return node != null && node.isObject() && EVENTS.contains(node.path("event").asText())
        && node.path("time").isTextual() && node.path("job").isTextual()
        && node.path("action").isTextual() && node.path("server").isTextual();
  }

  /** Throws {@link UncheckedIOException}, naming the file, when it cannot be written. */
  @Override
  public void record(AuditRecord record) {
    ObjectNode node = start(record.time(), record.event().name().toLowerCase(Locale.ROOT));
    putJob(node, record.job(), record.action(), record.server(), record.filter(),
        record.firing());
    Optional.ofNullable(profiles.get(record.server())).ifPresent(p -> node.put("profile", p));
    node.put("outcome", record.outcome().label());
    node.put("attempts", record.attempts());
    node.put("durationMs", record.duration().toMillis());
    node.put("message", record.message());
    append(node);
  }

  /** A notification delivery's record: {@code event} is {@code notification}. */
  @Override
  public void recordDelivery(NotificationDelivery delivery) {
    Notification n = delivery.notification();
    ObjectNode node = start(delivery.time(), "notification");
    node.put("notification", n.event().name().toLowerCase(Locale.ROOT));
    node.put("via", delivery.via());
    node.put("target", delivery.target());
    putJob(node, n.job(), n.action(), n.server(), n.filter(), n.firing());
    node.put("outcome", delivery.result());
    node.put("attempts", n.attempts());
    node.put("status", delivery.status());
    node.put("durationMs", delivery.duration().toMillis());
    node.put("message", delivery.message());
    append(node);
  }

  private ObjectNode start(Instant time, String event) {
    ObjectNode node = JSON.createObjectNode();
    node.put("time", JobFields.time(time, zone));
    node.put("event", event);
    return node;
  }

  private void putJob(ObjectNode node, String job, PhoneLockAction action, String server,
      Filter filter, Instant firing) {
    node.setAll((ObjectNode) JSON.valueToTree(
        JobFields.of(job, action, server, filter, firing, zone)));
  }

  /** One write of one line, so that lines from the notifier's thread do not interleave. */
  private synchronized void append(ObjectNode node) {
    String record;
    try {
      record = JSON.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
    try {
      // A write cut short (a full disk) leaves a fragment with no line break; a record glued to
      // it would be lost to every reader of JSON lines. The line break that ends the fragment
      // goes in the same write as the record, so neither is ever there without the other.
      byte[] line = (endsLine(file) ? record : "\n" + record).getBytes(StandardCharsets.UTF_8);
      Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
          StandardOpenOption.WRITE, StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the audit log " + file + ": "
          + e.getClass().getSimpleName() + " " + e.getMessage(), e);
    }
  }

  /** Whether the file is missing, empty or ends with a line break; reads its last byte only. */
  private static boolean endsLine(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return true;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      ByteBuffer last = ByteBuffer.allocate(1);
      // A file that shrank since (rotated) has nothing to end.
      return size == 0 || channel.read(last, size - 1) != 1 || last.get(0) == '\n';
    } catch (NoSuchFileException e) {
      return true;
    }
  }
}
