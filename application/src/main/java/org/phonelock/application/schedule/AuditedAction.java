package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.out.AuditLog;
import org.phonelock.application.port.out.PhoneLockServerUnavailableException;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;

/**
 * A one-off {@code lock} or {@code unlock} with {@code --audit-log} (README, "Options of lock
 * and unlock"), recorded as a schedule records its attempts ({@link FiringAttempts}): the
 * record before the request must be written, or nothing is sent; then one with the answer. The
 * records are a schedule's, with job {@value #JOB} and the time the action started as firing.
 */
public final class AuditedAction {
  /** The job name of a one-off action's records. */
  public static final String JOB = "command-line";

  private final AuditLog audit;
  private final Clock clock;
  private final PhoneLockAction action;
  private final String server;
  private final Filter filter;

  /**
   * Creates the action.
   *
   * @param audit where the records go
   * @param clock the time of each record
   * @param server the server URL, as the records name it
   */
  public AuditedAction(AuditLog audit, Clock clock, PhoneLockAction action, String server,
      Filter filter) {
    this.audit = requireNonNull(audit, "audit");
    this.clock = requireNonNull(clock, "clock");
    this.action = requireNonNull(action, "action");
    this.server = requireNonNull(server, "server");
    this.filter = requireNonNull(filter, "filter");
  }

  /**
   * Records the request, sends it, and records the answer.
   *
   * @param request sends the action and returns the server's answer
   * @return the answer
   * @throws NotRecordedException when a record could not be written; {@link
   *     NotRecordedException#sent()} tells whether the request went out
   * @throws PhoneLockServerUnavailableException when no answer came, after its record
   */
  public PhoneLockResult send(Supplier<PhoneLockResult> request) {
    Instant start = clock.instant();
    record(AuditRecord.Event.REQUEST, start, Outcome.SENDING, 0, "", false);
    PhoneLockResult result;
    try {
      result = request.get();
    } catch (PhoneLockServerUnavailableException e) {
      record(AuditRecord.Event.ATTEMPT, start, Outcome.UNAVAILABLE, 1, e.getMessage(), true);
      throw e;
    }
    AttemptResult answer = new AttemptResult.Answered(result);
    record(AuditRecord.Event.ATTEMPT, start, answer.outcome(), 1, answer.message(), true);
    return result;
  }

  private void record(AuditRecord.Event event, Instant start, Outcome outcome, int attempts,
      String message, boolean sent) {
    Instant now = clock.instant();
    try {
      audit.record(new AuditRecord(now, event, JOB, action, server, filter, start, outcome,
          attempts, Duration.between(start, now), message));
    } catch (UncheckedIOException e) {
      throw new NotRecordedException(sent, e);
    }
  }

  /** A record could not be written; the message is the log's, naming the file and why. */
  public static final class NotRecordedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean sent;

    NotRecordedException(boolean sent, UncheckedIOException cause) {
      super(cause.getMessage(), cause);
      this.sent = sent;
    }

    /**
     * Tells whether the request went out.
     *
     * @return false when the record before it failed (nothing was sent); true when the record
     *     of its answer failed
     */
    public boolean sent() {
      return sent;
    }
  }
}
