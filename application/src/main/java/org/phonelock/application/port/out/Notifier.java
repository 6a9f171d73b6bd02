package org.phonelock.application.port.out;

import org.phonelock.application.schedule.Notification;

/**
 * Outgoing port: tells the people who watch a schedule (webhook, health-check ping). It must
 * neither block nor fail the caller: a notifier that is slow, failing or unreachable never delays
 * or changes an action.
 */
@FunctionalInterface
public interface Notifier {
  /**
   * Hands over a notification for delivery; returns at once and never throws.
   *
   * @param notification what to tell
   */
  void send(Notification notification);
}
