package org.phonelock.adapters.fakeserver.internal.http;

import java.time.Duration;
import org.phonelock.adapters.fakeserver.Fault;

/** Runs a task later without holding a thread meanwhile (the listener's scheduler). */
@FunctionalInterface
public interface Timers {
  /**
   * Runs a task once, after a wait, on one of the listener's request threads.
   *
   * @param wait how long to wait, at most {@link Fault.Delay#LONGEST}
   * @param task what to run; it must not block. Dropped when the server stops first.
   */
  void after(Duration wait, Runnable task);
}
