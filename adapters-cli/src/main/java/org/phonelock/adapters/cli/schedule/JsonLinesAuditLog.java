package org.phonelock.adapters.cli.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.util.Locale;
import org.phonelock.application.port.out.AuditLog;
import org.phonelock.application.schedule.AuditRecord;
import org.phonelock.application.schedule.Notification;

/**
 * The audit log as JSON lines (README, "Schedules"), one object per record: {@code time}, {@code
 * event} ({@code attempt} or {@code outcome}), {@code job}, {@code action}, {@code server},
 * {@code filters} (API field names to values), {@code firing}, {@code outcome}, {@code
 * attempts}, {@code durationMs}, {@code message}. Times are ISO-8601 with the schedule zone's
 * offset. Each record is appended with one write and forced to disk, so concurrent runs do not
 * interleave lines and a crash loses no record that was reported.
 */
public final class JsonLinesAuditLog implements AuditLog {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final ZoneId zone;
  private final java.util.Map<String, String> profiles;

  /**
   * Creates the log; the file is created on the first record.
   *
   * @param file the log file; its directory must exist
   * @param zone the zone for times, the schedule's
   */
  public JsonLinesAuditLog(Path file, ZoneId zone) {
    this(file, zone, java.util.Map.of());
  }

  /**
   * Creates the log of a schedule with {@code profiles:}, whose records also name the profile.
   *
   * @param file the log file; its directory must exist
   * @param zone the zone for times, the schedule's
   * @param profiles the profile of each server URL; a server not in it has no {@code profile}
   */
  public JsonLinesAuditLog(Path file, ZoneId zone, java.util.Map<String, String> profiles) {
    this.file = file;
    this.zone = zone;
    this.profiles = java.util.Map.copyOf(profiles);
  }

  /**
   * Appends a record.
   *
   * @param record the record; it holds no secret
   * @throws UncheckedIOException when the file cannot be written; the message names it
   */
  @Override
  public void record(AuditRecord record) {
    append(toJson(record, zone, java.util.Optional.ofNullable(profiles.get(record.server()))));
  }

  /**
   * A notification delivery, for the audit log.
   *
   * @param time when it ended
   * @param notification what was sent
   * @param via {@code webhook} or {@code ping}
   * @param target the URL, redacted to {@code scheme://host/…}
   * @param result {@code delivered}, {@code failed} or {@code dropped}
   * @param status the HTTP status; 0 when none came
   * @param duration how long it took
   * @param message why it failed; empty when delivered; never a secret or the full URL
   */
  record Delivery(java.time.Instant time, Notification notification, String via, String target,
      String result, int status, java.time.Duration duration, String message) {}

  /**
   * Appends the record of a notification delivery: {@code event} is {@code notification}.
   *
   * @param delivery the delivery
   * @throws UncheckedIOException when the file cannot be written
   */
  void recordDelivery(Delivery delivery) {
    Notification n = delivery.notification();
    ObjectNode node = JSON.createObjectNode();
    node.put("time", delivery.time().atZone(zone).toOffsetDateTime().toString());
    node.put("event", "notification");
    node.put("notification", n.event().name().toLowerCase(Locale.ROOT));
    node.put("via", delivery.via());
    node.put("target", delivery.target());
    putJob(node, n.job(), n.action(), n.server(), n.filter(), n.firing(), zone);
    node.put("outcome", delivery.result());
    node.put("attempts", n.attempts());
    node.put("status", delivery.status());
    node.put("durationMs", delivery.duration().toMillis());
    node.put("message", delivery.message());
    try {
      append(JSON.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /**
   * The fields every record, notification and webhook body share, in the same words: {@code
   * job}, {@code action}, {@code server}, {@code filters} (API names) and {@code firing}.
   */
  static void putJob(ObjectNode node, String job, org.phonelock.domain.PhoneLockAction action,
      String server, org.phonelock.domain.Filter filter, java.time.Instant firing, ZoneId zone) {
    node.put("job", job);
    node.put("action", action.name().toLowerCase(Locale.ROOT));
    node.put("server", server);
    ObjectNode filters = node.putObject("filters");
    filter.values().forEach((field, value) -> filters.put(field.apiName(), value));
    node.put("firing", firing.atZone(zone).toOffsetDateTime().toString());
  }

  /** One write of one line, so that lines from the notifier's thread do not interleave. */
  private synchronized void append(String json) {
    byte[] line = (json + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
          StandardOpenOption.WRITE, StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the audit log " + file + ": "
          + e.getClass().getSimpleName() + " " + e.getMessage(), e);
    }
  }

  /**
   * The JSON form of a record, on one line.
   *
   * @param record the record
   * @param zone the zone for times
   * @param profile the profile of {@code profiles:} that gives the record's server, if any
   * @return the JSON object text
   */
  static String toJson(AuditRecord record, ZoneId zone, java.util.Optional<String> profile) {
    ObjectNode node = JSON.createObjectNode();
    node.put("time", record.time().atZone(zone).toOffsetDateTime().toString());
    node.put("event", record.event().name().toLowerCase(Locale.ROOT));
    putJob(node, record.job(), record.action(), record.server(), record.filter(),
        record.firing(), zone);
    profile.ifPresent(p -> node.put("profile", p));
    node.put("outcome", record.outcome().label());
    node.put("attempts", record.attempts());
    node.put("durationMs", record.duration().toMillis());
    node.put("message", record.message());
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
