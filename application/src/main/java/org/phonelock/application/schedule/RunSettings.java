package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How a schedule runs.
 *
 * @param backoff the wait between attempts of a failed firing ({@code schedule run} only)
 * @param maxSleep the longest single wait of the run loop, positive: the loop looks at the clock
 *     at least this often, so a suspended machine or a clock change is noticed within it
 */
public record RunSettings(RetryBackoff backoff, Duration maxSleep) {
  /**
   * @throws IllegalArgumentException when {@code maxSleep} is not positive
   */
  public RunSettings {
    requireNonNull(backoff, "backoff");
    requireNonNull(maxSleep, "maxSleep");
    if (maxSleep.isZero() || maxSleep.isNegative()) {
      throw new IllegalArgumentException("maxSleep must be positive, was " + maxSleep);
    }
  }

  /**
   * Settings with the default backoff and a one-minute loop.
   *
   * @return the settings
   */
  public static RunSettings defaults() {
    return new RunSettings(RetryBackoff.DEFAULT, Duration.ofMinutes(1));
  }
}
