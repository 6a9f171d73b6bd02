package org.phonelock.application.port.out;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.phonelock.application.schedule.AuditRecord;
import org.phonelock.application.schedule.NotificationDelivery;

/** Outgoing port: where audit records go, one per attempt and per outcome (README, "Schedules"). */
@FunctionalInterface
public interface AuditLog {
  /**
   * Appends a record; durable when this returns.
   *
   * @param record the record; it holds no secret
   * @throws java.io.UncheckedIOException when it cannot be written; the message names the log
   */
  void record(AuditRecord record);

  /** A schedule's audit log, which also keeps what its notifier delivered. */
  interface WithDeliveries extends AuditLog {
    /**
     * Appends the record of one notification delivery, failed and dropped ones included.
     *
     * @throws java.io.UncheckedIOException when it cannot be written; the message names the log
     */
    void recordDelivery(NotificationDelivery delivery);
  }

  /** Opens the audit log kept in a file (README, "Schedules": JSON lines). */
  interface Factory {
    /**
     * Refuses a file that records must not be appended to: an existing, non-empty file that
     * phonelock did not write (its first line is not an audit record). A missing or empty file,
     * or one that is not a regular file (refused by the caller), passes.
     *
     * @param file the audit log
     * @throws RefusedFileException naming {@code --audit-log} and the file
     */
    void checkAppendable(Path file);

    /**
     * Opens a log; nothing is written until the first record, which creates the file.
     *
     * @param file the log file; its directory must exist
     * @param zone the zone of the times in the records: the schedule's, or the system's for a
     *     one-off {@code lock} or {@code unlock}
     * @param profiles the profile of each server URL, named in that server's records; empty
     *     when no profile is named
     */
    WithDeliveries open(Path file, ZoneId zone, Map<String, String> profiles);
  }
}
