package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;
import org.phonelock.application.port.out.AuditLog;
import org.phonelock.application.port.out.AttemptHistory;
import org.phonelock.application.port.out.Notifier;

/**
 * When a schedule tells its watchers (README, "Monitoring and alerts"): a {@link Notification.Event#FAILURE}
 * when a firing's failed attempts reach the threshold (once per firing, also across {@code --once}
 * runs, since attempts are counted in the audit log); a {@link Notification.Event#RECOVERY} when
 * a firing so reported is applied; a {@link Notification.Event#SUCCESS} for every applied
 * attempt. It observes the audit records, after the audit log has stored them (it is not an
 * audit log itself: {@link AuditLog} is an outgoing port, which adapters implement).
 */
public final class FailureAlerts {
  private final AttemptHistory history;
  private final Notifier notifier;
  private final int afterFailedAttempts;

  /**
   * Creates the rule.
   *
   * @param history the attempts the audit log holds, the current one included
   * @param notifier where notifications go
   * @param afterFailedAttempts how many failed attempts of a firing make a failure, 1 or more
   * @throws IllegalArgumentException when {@code afterFailedAttempts} is below 1
   */
  public FailureAlerts(AttemptHistory history, Notifier notifier, int afterFailedAttempts) {
    this.history = requireNonNull(history, "history");
    this.notifier = requireNonNull(notifier, "notifier");
    if (afterFailedAttempts < 1) {
      throw new IllegalArgumentException("afterFailedAttempts must be 1 or more");
    }
    this.afterFailedAttempts = afterFailedAttempts;
  }

  /**
   * Looks at a record; only attempts count.
   *
   * @param record a record the audit log has stored
   */
  public void record(AuditRecord record) {
    if (record.event() != AuditRecord.Event.ATTEMPT) {
      return;
    }
    int attempts = Math.max(record.attempts(), safeAttempts(record));
    if (record.outcome() == Outcome.APPLIED) {
      if (attempts - 1 >= afterFailedAttempts) {
        notifier.send(notification(Notification.Event.RECOVERY, record, attempts));
      }
      notifier.send(notification(Notification.Event.SUCCESS, record, attempts));
    } else if (attempts == afterFailedAttempts) {
      notifier.send(notification(Notification.Event.FAILURE, record, attempts));
    }
  }

  /** The audit log's count; a log that cannot be read falls back on this run's count. */
  private int safeAttempts(AuditRecord record) {
    try {
      return history.of(record.job(), record.server(), record.firing()).attempts();
    } catch (RuntimeException e) {
      return record.attempts();
    }
  }

  private static Notification notification(Notification.Event event, AuditRecord record,
      int attempts) {
    return new Notification(event, record.time(), record.job(), record.action(), record.server(),
        record.filter(), record.firing(), attempts, record.outcome(), record.message());
  }
}
