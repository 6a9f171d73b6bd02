package org.phonelock.adapters.cli.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.phonelock.application.port.out.Sleeper;

/** A clock that moves only when its sleeper is asked to wait, by exactly that long. */
public final class SimulatedClock extends Clock {
  private Instant now;

  /** Starts at {@code start}. */
  public SimulatedClock(Instant start) {
    this.now = start;
  }

  /** Moves the clock. */
  public void set(Instant instant) {
    now = instant;
  }

  /** A sleeper that advances this clock instead of waiting. */
  public Sleeper sleeper() {
    return duration -> {
      if (duration.isZero() || duration.isNegative()) {
        throw new AssertionError("the run loop asked to sleep " + duration);
      }
      now = now.plus(duration);
    };
  }

  /** A loop control on this clock that stops once the clock is past {@code end}. */
  public LoopControl loopUntil(Instant end) {
    return new LoopControl() {
      @Override
      public Sleeper sleeper() {
        return SimulatedClock.this.sleeper();
      }

      @Override
      public boolean stopRequested() {
        return now.isAfter(end);
      }

      @Override
      public void finished() {}
    };
  }

  /** Advances the clock. */
  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("not needed");
  }
}
