package org.phonelock.adapters.http;

import java.time.Duration;

/**
 * When and how long to wait before sending a request again. PUT is idempotent (RFC 9110 section
 * 9.2.2; api-contract.md, "Which lines an action touches"), so a request that got no answer, or a
 * {@code 429}, {@code 502}, {@code 503} or {@code 504}, is safely sent again (api-contract.md,
 * "Responses": the retry policy is the client's). Other statuses, {@code 500} included, are final:
 * the server did answer, and a second try would most likely fail the same way.
 *
 * @param retries how many times a request may be sent again after the first try, 0..10
 * @param baseDelay the backoff ceiling of the first retry; it doubles on every retry
 * @param maxBackoff the largest backoff ceiling
 * @param maxRetryAfter the longest {@code Retry-After} wait honoured; a server asking for more
 *     gets no retry, and its answer is returned as it is
 */
record RetryPolicy(int retries, Duration baseDelay, Duration maxBackoff, Duration maxRetryAfter) {
  /** The most retries a caller may ask for. */
  static final int MAX_RETRIES = 10;

  /** Default retries: two, so three tries in all. */
  static final int DEFAULT_RETRIES = 2;

  /**
   * Checks the settings.
   *
   * @throws IllegalArgumentException when {@code retries} is outside 0..10 or a duration is
   *     negative
   */
  RetryPolicy {
    checkRetries(retries);
    if (baseDelay.isNegative() || maxBackoff.isNegative() || maxRetryAfter.isNegative()) {
      throw new IllegalArgumentException("retry delays must not be negative");
    }
  }

  /**
   * The default timing (0.5 s doubling up to 8 s; {@code Retry-After} honoured up to 120 s) with
   * {@code retries} retries.
   *
   * @param retries 0..10
   * @return the policy
   * @throws IllegalArgumentException when {@code retries} is outside 0..10
   */
  static RetryPolicy withRetries(int retries) {
    return new RetryPolicy(
        retries, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(120));
  }

  /**
   * Checks a retry count.
   *
   * @param retries the count asked for
   * @throws IllegalArgumentException naming the count and the accepted range when it is outside
   *     0..10
   */
  static void checkRetries(int retries) {
    if (retries < 0 || retries > MAX_RETRIES) {
      throw new IllegalArgumentException(
          "retries " + retries + " is out of range; accepted: 0 to " + MAX_RETRIES);
    }
  }

  /**
   * Tells whether an answer with {@code status} may be retried.
   *
   * @param status an HTTP status
   * @return true for 429, 502, 503 and 504
   */
  static boolean isRetryableStatus(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
  }

  /**
   * The backoff before retry number {@code retry}, with full jitter: a uniformly random wait
   * between zero and the ceiling {@code min(maxBackoff, baseDelay * 2^(retry-1))}, so that many
   * clients do not retry in step.
   *
   * @param retry 1 for the first retry, 2 for the second, ...
   * @param random01 a random number in [0, 1)
   * @return the wait, from zero up to the ceiling
   */
  Duration backoff(int retry, double random01) {
    long ceiling = baseDelay.toMillis() << Math.min(retry - 1, 20);
    ceiling = Math.min(ceiling, maxBackoff.toMillis());
    return Duration.ofMillis((long) (ceiling * Math.max(0, Math.min(random01, 1))));
  }
}
