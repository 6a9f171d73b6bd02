package org.phonelock.application.port.out;

import org.phonelock.application.schedule.AuditRecord;

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
}
