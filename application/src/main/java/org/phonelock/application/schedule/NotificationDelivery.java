package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * How the delivery of a notification ended, for the audit log (README, "Alerts: the
 * {@code notify:} section": a record with {@code event} {@code notification}).
 *
 * @param time when it ended
 * @param notification what was sent
 * @param via {@code webhook} or {@code ping}
 * @param target the URL, redacted to {@code scheme://host/…}
 * @param result {@code delivered}, {@code failed} or {@code dropped}
 * @param status the HTTP status; 0 when none came
 * @param duration how long it took
 * @param message why it failed; empty when delivered; never a secret or the full URL
 */
public record NotificationDelivery(Instant time, Notification notification, String via,
    String target, String result, int status, Duration duration, String message) {
  public NotificationDelivery {
    requireNonNull(time, "time");
    requireNonNull(notification, "notification");
    requireNonNull(via, "via");
    requireNonNull(target, "target");
    requireNonNull(result, "result");
    requireNonNull(duration, "duration");
    requireNonNull(message, "message");
  }
}
