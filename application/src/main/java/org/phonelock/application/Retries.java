package org.phonelock.application;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * What the client did about retrying before it accepted an answer as final, so that a report says
 * what happened, not what might have (api-contract.md, "Responses": the retry policy is the
 * client's).
 *
 * @param retried how many times the request was sent again after the first try, 0..{@code limit}
 * @param limit how many retries were allowed
 * @param end why the request was not sent again
 * @param askedWait the wait the server asked for ({@code Retry-After}, RFC 9110 section 10.2.3);
 *     present exactly when {@code end} is {@link End#WAIT_TOO_LONG}
 * @param maxWait the longest {@code Retry-After} the client honours
 */
public record Retries(int retried, int limit, End end, Optional<Duration> askedWait,
    Duration maxWait) {

  /** Why the last answer was final. */
  public enum End {
    /** The status is one the client never retries (only 429, 502, 503 and 504 are). */
    NOT_RETRYABLE,
    /** Every allowed retry was used, none when the limit is 0. */
    LIMIT_REACHED,
    /** The server asked to wait longer than {@code maxWait}. */
    WAIT_TOO_LONG
  }

  /**
   * Checks that the fields agree.
   *
   * @throws IllegalArgumentException when {@code retried} is outside 0..{@code limit}, {@code
   *     LIMIT_REACHED} comes before the limit, or {@code askedWait} is present without {@code
   *     WAIT_TOO_LONG} or missing with it
   */
  public Retries {
    requireNonNull(end, "end");
    requireNonNull(askedWait, "askedWait");
    requireNonNull(maxWait, "maxWait");
    if (retried < 0 || retried > limit) {
      throw new IllegalArgumentException(
          "retried " + retried + " is out of range; accepted: 0 to the limit " + limit);
    }
    if (end == End.LIMIT_REACHED && retried != limit) {
      throw new IllegalArgumentException("the limit " + limit + " was not reached: " + retried);
    }
    if (askedWait.isPresent() != (end == End.WAIT_TOO_LONG)) {
      throw new IllegalArgumentException("a refused wait goes with WAIT_TOO_LONG, and only there");
    }
  }
}
