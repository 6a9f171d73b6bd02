package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;

/**
 * One line of the audit log (README, "Schedules": "one record per attempt and per outcome: time,
 * job, action, server, filters, outcome, attempts, duration; never a secret").
 *
 * @param time when the record was made
 * @param event {@link Event#REQUEST} before each request, {@link Event#ATTEMPT} after it with its
 *     answer, {@link Event#OUTCOME} when a firing is done with (applied, superseded, or left to
 *     the next run)
 * @param job the job's name
 * @param action lock or unlock
 * @param server the server URL, without credentials
 * @param filter the filter sent
 * @param firing the instant of the firing this is about
 * @param outcome what happened, see {@link Outcome}
 * @param attempts the number of requests made for this firing so far, 0 or more
 * @param duration for an attempt, how long the request took; for an outcome, from the first
 *     attempt to the outcome (zero when no attempt was made)
 * @param message the server's message or the cause of a failure; empty when none; never a secret
 */
public record AuditRecord(
    Instant time,
    Event event,
    String job,
    PhoneLockAction action,
    String server,
    Filter filter,
    Instant firing,
    Outcome outcome,
    int attempts,
    Duration duration,
    String message) {

  /**
   * @throws IllegalArgumentException when {@code attempts} or {@code duration} is negative
   */
  public AuditRecord {
    requireNonNull(time, "time");
    requireNonNull(event, "event");
    requireNonNull(job, "job");
    requireNonNull(action, "action");
    requireNonNull(server, "server");
    requireNonNull(filter, "filter");
    requireNonNull(firing, "firing");
    requireNonNull(outcome, "outcome");
    requireNonNull(duration, "duration");
    requireNonNull(message, "message");
    if (attempts < 0 || duration.isNegative()) {
      throw new IllegalArgumentException("attempts and duration must not be negative");
    }
  }

  /** The kind of record. */
  public enum Event {
    /**
     * A request is about to be sent. Written and made durable first, so that no request reaches
     * the server without a trace in the log.
     */
    REQUEST,
    /** One request was made and came back (or failed to). */
    ATTEMPT,
    /** A firing is done with. */
    OUTCOME
  }
}
