package org.phonelock.adapters.cli.schedule;

import static java.util.Objects.requireNonNull;

import org.phonelock.application.port.out.AttemptHistory;
import org.phonelock.application.port.out.AuditLog;
import org.phonelock.application.port.out.ScheduleMetrics;
import org.phonelock.application.port.out.ScheduleStateStore;

/**
 * The outgoing ports through which {@code schedule run} and {@code schedule status} open a
 * schedule's records for the paths of their flags; {@code org.phonelock.wiring} plugs in the
 * file adapters.
 *
 * @param states opens the state file ({@code --state})
 * @param auditLogs opens the audit log for writing ({@code --audit-log})
 * @param histories reads attempts back from the audit log
 * @param metrics checks and opens the {@code --metrics-file}
 */
public record RecordStores(ScheduleStateStore.Factory states, AuditLog.Factory auditLogs,
    AttemptHistory.Factory histories, ScheduleMetrics.Factory metrics) {
  /** Refuses a missing port. */
  public RecordStores {
    requireNonNull(states, "states");
    requireNonNull(auditLogs, "auditLogs");
    requireNonNull(histories, "histories");
    requireNonNull(metrics, "metrics");
  }
}
