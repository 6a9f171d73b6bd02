package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;

/**
 * Something to tell the people who watch a schedule (README, "Monitoring and alerts").
 *
 * @param event what happened
 * @param time when
 * @param job the job's name
 * @param action lock or unlock
 * @param server the server URL, without credentials
 * @param filter the filter sent
 * @param firing the instant of the firing
 * @param attempts the requests made for the firing so far, this one included
 * @param outcome the outcome of this attempt
 * @param message the server's message or the cause; never a secret
 */
public record Notification(Event event, Instant time, String job, PhoneLockAction action,
    String server, Filter filter, Instant firing, int attempts, Outcome outcome,
    String message) {
  public Notification {
    requireNonNull(event, "event");
    requireNonNull(time, "time");
    requireNonNull(job, "job");
    requireNonNull(action, "action");
    requireNonNull(server, "server");
    requireNonNull(filter, "filter");
    requireNonNull(firing, "firing");
    requireNonNull(outcome, "outcome");
    requireNonNull(message, "message");
  }

  /** The kinds of notification. */
  public enum Event {
    /** A firing failed as many times as the threshold says; once per firing. */
    FAILURE,
    /** A firing that was reported as failing was applied. */
    RECOVERY,
    /** A firing was applied (also sent with a recovery). */
    SUCCESS
  }
}
