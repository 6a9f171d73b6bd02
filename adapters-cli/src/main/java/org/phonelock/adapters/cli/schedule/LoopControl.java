package org.phonelock.adapters.cli.schedule;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.phonelock.adapters.cli.ShutdownSignal;
import org.phonelock.application.port.out.Sleeper;

/**
 * How {@code schedule run} waits and learns that it must stop: in the real process, a stop signal
 * (SIGINT, SIGTERM) wakes the loop at once; tests substitute a simulated clock.
 */
public interface LoopControl {
  /**
   * The sleeper the run loop waits with.
   *
   * @return a sleeper that returns early once a stop is requested
   */
  Sleeper sleeper();

  /**
   * Tells whether the loop must stop.
   *
   * @return true once a stop was requested
   */
  boolean stopRequested();

  /** Called once when the loop has returned, so that a waiting shutdown can complete. */
  void finished();

  /**
   * The real process: a stop signal through {@link ShutdownSignal} ends the loop after the step
   * it is in; the signal handler waits up to 20 seconds for that, so the audit log and state file
   * are complete when the process exits.
   */
  static LoopControl onSignal(ShutdownSignal signal) {
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch finished = new CountDownLatch(1);
    Thread waiter = new Thread(() -> {
      try {
        signal.await(() -> {
          stop.countDown();
          try {
            finished.await(20, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "phonelock-schedule-stop");
    waiter.setDaemon(true);
    waiter.start();
    return new LoopControl() {
      @Override
      public Sleeper sleeper() {
        return duration -> stop.await(duration.toNanos(), TimeUnit.NANOSECONDS);
      }

      @Override
      public boolean stopRequested() {
        return stop.getCount() == 0;
      }

      @Override
      public void finished() {
        finished.countDown();
      }
    };
  }
}
