package org.phonelock.application.port.out;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import org.phonelock.application.schedule.Notification;
import org.phonelock.application.schedule.NotificationDelivery;

/**
 * Outgoing port: tells the people who watch a schedule (webhook, health-check ping). It must
 * neither block nor fail the caller: a notifier that is slow, failing or unreachable never delays
 * or changes an action.
 */
@FunctionalInterface
public interface Notifier extends AutoCloseable {
  /**
   * Hands over a notification for delivery; returns at once and never throws.
   *
   * @param notification what to tell
   */
  void send(Notification notification);

  /** Lets deliveries under way finish for a short while, then abandons them; never throws. */
  @Override
  default void close() {}

  /** Makes the notifier of a schedule file's {@code notify:} section. */
  @FunctionalInterface
  interface Factory {
    /**
     * Makes a notifier; the caller closes it.
     *
     * @param webhook receives a JSON POST on failure and on recovery
     * @param ping receives a GET on success and a GET of {@code URL/fail} on failure
     * @param zone the schedule's, for the times in the webhook body
     * @param clock the time of each delivery record
     * @param deliveries receives one record per delivery, failed and dropped ones included,
     *     until {@link Notifier#close} returns
     */
    Notifier open(Optional<URI> webhook, Optional<URI> ping, ZoneId zone, Clock clock,
        Consumer<NotificationDelivery> deliveries);
  }
}
