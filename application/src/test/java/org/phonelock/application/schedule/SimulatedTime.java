package org.phonelock.application.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.phonelock.application.port.out.Sleeper;

/** A clock that moves only when told to; its sleeper moves it instead of waiting. */
final class SimulatedTime extends Clock {
  private Instant now;
  private long sleeps;

  SimulatedTime(Instant start) {
    this.now = start;
  }

  static SimulatedTime at(String offsetDateTime) {
    return new SimulatedTime(java.time.OffsetDateTime.parse(offsetDateTime).toInstant());
  }

  void advance(Duration duration) {
    now = now.plus(duration);
  }

  void set(Instant instant) {
    now = instant;
  }

  Sleeper sleeper() {
    return duration -> {
      if (duration.isNegative() || duration.isZero()) {
        throw new AssertionError("the run loop asked to sleep " + duration);
      }
      sleeps++;
      advance(duration);
    };
  }

  long sleeps() {
    return sleeps;
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
