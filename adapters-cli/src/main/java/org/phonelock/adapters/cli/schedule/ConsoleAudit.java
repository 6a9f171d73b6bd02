package org.phonelock.adapters.cli.schedule;

import java.time.ZoneId;
import java.util.Locale;
import org.phonelock.adapters.cli.CliContext;
import org.phonelock.application.schedule.AuditLog;
import org.phonelock.application.schedule.AuditRecord;
import org.phonelock.application.schedule.Outcome;

/**
 * What {@code schedule run} says as it goes, for a terminal or the system journal: each firing
 * applied on standard output, each failed attempt and each firing given up on standard error.
 * The audit log file has the full record.
 */
final class ConsoleAudit implements AuditLog {
  private final CliContext context;
  private final ZoneId zone;

  ConsoleAudit(CliContext context, ZoneId zone) {
    this.context = context;
    this.zone = zone;
  }

  @Override
  public void record(AuditRecord record) {
    String what = record.job() + ": " + record.action().name().toLowerCase(Locale.ROOT) + " "
        + record.filter() + " on " + record.server() + " (firing "
        + record.firing().atZone(zone).toOffsetDateTime() + ")";
    String message = record.message().isEmpty() ? "" : ": " + record.message();
    if (record.event() == AuditRecord.Event.ATTEMPT && record.outcome() != Outcome.APPLIED) {
      context.err().println("phonelock schedule: " + what + ": attempt " + record.attempts()
          + " failed, " + record.outcome().label() + message + "; retrying with backoff");
    } else if (record.event() == AuditRecord.Event.OUTCOME
        && record.outcome() == Outcome.APPLIED) {
      context.out().println(record.time().atZone(zone).toOffsetDateTime() + " " + what
          + ": applied after " + record.attempts()
          + (record.attempts() == 1 ? " attempt" : " attempts") + message);
    } else if (record.event() == AuditRecord.Event.OUTCOME) {
      context.err().println("phonelock schedule: " + what + ": " + record.outcome().label()
          + " after " + record.attempts() + " attempts" + message);
    }
    context.out().flush();
    context.err().flush();
  }
}
