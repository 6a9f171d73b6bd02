package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The wait between attempts of a firing that failed: doubling from {@code initial}, capped at
 * {@code cap} (README, "Schedules": "keeps retrying with capped backoff").
 *
 * @param initial the wait after the first failure, positive
 * @param cap the longest wait, at least {@code initial}
 */
public record RetryBackoff(Duration initial, Duration cap) {
  /** 30 seconds, doubling up to 10 minutes. */
  public static final RetryBackoff DEFAULT =
      new RetryBackoff(Duration.ofSeconds(30), Duration.ofMinutes(10));

  /**
   * Checks the durations.
   *
   * @throws IllegalArgumentException when {@code initial} is not positive or {@code cap} is
   *     shorter than it
   */
  public RetryBackoff {
    requireNonNull(initial, "initial");
    requireNonNull(cap, "cap");
    if (initial.isZero() || initial.isNegative() || cap.compareTo(initial) < 0) {
      throw new IllegalArgumentException(
          "backoff needs 0 < initial <= cap, was " + initial + " and " + cap);
    }
  }

  /**
   * The wait after a number of failed attempts.
   *
   * @param failures 1 or more
   * @return {@code min(cap, initial * 2^(failures - 1))}
   * @throws IllegalArgumentException when {@code failures} is less than 1
   */
  public Duration after(int failures) {
    if (failures < 1) {
      throw new IllegalArgumentException("failures must be 1 or more, was " + failures);
    }
    Duration wait = initial;
    for (int i = 1; i < failures && wait.compareTo(cap) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(cap) < 0 ? wait : cap;
  }
}
