package org.phonelock.application.schedule;

import java.util.ArrayList;
import java.util.List;
import org.phonelock.application.port.out.AuditLog;

/** The audit log port in memory. */
final class RecordingAudit implements AuditLog {
  final List<AuditRecord> records = new ArrayList<>();

  @Override
  public void record(AuditRecord record) {
    records.add(record);
  }

  List<AuditRecord> outcomes() {
    return records.stream().filter(r -> r.event() == AuditRecord.Event.OUTCOME).toList();
  }

  List<AuditRecord> attempts() {
    return records.stream().filter(r -> r.event() == AuditRecord.Event.ATTEMPT).toList();
  }
}
