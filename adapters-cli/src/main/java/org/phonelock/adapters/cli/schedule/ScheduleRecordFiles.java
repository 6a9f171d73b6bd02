package org.phonelock.adapters.cli.schedule;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --state} and {@code --audit-log} of the commands that read or write a schedule's
 * records ({@code schedule run}, {@code schedule status}), with the same defaults beside the
 * schedule file.
 */
final class ScheduleRecordFiles {
  @Option(names = "--state", paramLabel = "FILE",
      description = "The state file (default: STEM.state.json next to the schedule file).")
  Path state;

  @Option(names = "--audit-log", paramLabel = "FILE",
      description = "The audit log, JSON lines (default: STEM.audit.jsonl next to the schedule"
          + " file).")
  Path auditLog;

  Path state(Path scheduleFile) {
    return state != null ? state : SchedulePaths.defaultState(scheduleFile);
  }

  Path auditLog(Path scheduleFile) {
    return auditLog != null ? auditLog : SchedulePaths.defaultAuditLog(scheduleFile);
  }
}
