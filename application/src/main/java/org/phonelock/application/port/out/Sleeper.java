package org.phonelock.application.port.out;

import java.time.Duration;

/**
 * Outgoing port: waits, so that the run loop can be driven by a simulated clock in tests and
 * woken early by a stop request in production.
 */
@FunctionalInterface
public interface Sleeper {
  /**
   * Waits for a duration, or less when a stop is requested.
   *
   * @param duration how long, positive
   * @throws InterruptedException when the waiting thread is interrupted
   */
  void sleep(Duration duration) throws InterruptedException;
}
