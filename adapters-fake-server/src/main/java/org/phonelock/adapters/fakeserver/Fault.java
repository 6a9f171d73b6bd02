package org.phonelock.adapters.fakeserver;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * A failure the fake server can act out on Phone Lock requests, so that clients can test their
 * handling of what api-contract.md, "Responses" says a real server may do: answer {@code 5xx} or
 * {@code 429}, be slow, or drop the connection (closed, reset, or cut short). Faults never touch
 * the {@code /__fake/} admin API.
 * Inject them with {@link FakePhoneLockServer#injectFault} or {@code POST /__fake/faults}.
 */
public sealed interface Fault {

  /**
   * Wait a fixed time, then answer normally.
   *
   * @param delay the wait, from zero to {@link Delay#LONGEST}
   * @return the fault
   * @throws IllegalArgumentException when the delay is negative or longer than {@link
   *     Delay#LONGEST}
   */
  static Fault delay(Duration delay) {
    return new Delay(delay, delay);
  }

  /**
   * Wait a random time, uniform between two bounds, then answer normally.
   *
   * @param min the shortest wait, zero or more
   * @param max the longest wait, at least {@code min}, at most {@link Delay#LONGEST}
   * @return the fault
   * @throws IllegalArgumentException when a bound is negative, {@code min > max}, or {@code max}
   *     is longer than {@link Delay#LONGEST}
   */
  static Fault randomDelay(Duration min, Duration max) {
    return new Delay(min, max);
  }

  /**
   * Answer an error status instead of acting (no line changes).
   *
   * @param status an HTTP error status, {@link Status#LOWEST} to {@link Status#HIGHEST} (400 to
   *     599): a 2xx or 3xx answered without acting would read as success to the client under test
   * @return the fault
   * @throws IllegalArgumentException when the status is out of range
   */
  static Fault status(int status) {
    return new Status(status, OptionalLong.empty());
  }

  /**
   * Answer 429 or 503 with a {@code Retry-After} header instead of acting.
   *
   * @param status 429 or 503
   * @param retryAfterSeconds the {@code Retry-After} value in whole seconds, from zero to {@link
   *     Status#LONGEST_RETRY_AFTER_SECONDS}
   * @return the fault
   * @throws IllegalArgumentException when the status is not 429 or 503, or the delay is negative
   *     or longer than {@link Status#LONGEST_RETRY_AFTER_SECONDS}
   */
  static Fault status(int status, long retryAfterSeconds) {
    return new Status(status, OptionalLong.of(retryAfterSeconds));
  }

  /**
   * Close the connection without any response and without acting.
   *
   * @return the fault
   */
  static Fault drop() {
    return new Drop();
  }

  /**
   * Reset the connection (TCP RST) without any response and without acting: the client's read
   * fails with "Connection reset", as when a server, proxy or firewall aborts the connection.
   *
   * @return the fault
   */
  static Fault reset() {
    return new Reset();
  }

  /**
   * Act normally, announce the whole response body but send only its first half, then close the
   * connection (the client sees a response cut short).
   *
   * @return the fault
   */
  static Fault truncate() {
    return new Truncate();
  }

  /**
   * A wait before answering normally.
   *
   * @param min the shortest wait
   * @param max the longest wait; equal to {@code min} for a fixed delay
   */
  record Delay(Duration min, Duration max) implements Fault {
    /**
     * The longest delay accepted: far beyond any client timeout worth testing (the CLI's default
     * is 30 s), and short enough that a mistyped bound cannot hold a server thread for days or
     * overflow the random pick (which answered 500).
     */
    public static final Duration LONGEST = Duration.ofMinutes(10);

    /** {@link #LONGEST} as refusals word it. */
    public static final String LONGEST_TEXT = "the limit is 10 minutes, 600000 ms";

    /**
     * Checks the bounds.
     *
     * @throws IllegalArgumentException when a bound is negative, {@code min > max} or {@code max}
     *     is longer than {@link #LONGEST}
     */
    public Delay {
      requireNonNull(min, "min");
      requireNonNull(max, "max");
      if (min.isNegative() || min.compareTo(max) > 0) {
        throw new IllegalArgumentException("delay bounds " + min.toMillis() + " ms to "
            + max.toMillis() + " ms are invalid; need 0 <= min <= max");
      }
      if (max.compareTo(LONGEST) > 0) {
        throw new IllegalArgumentException("delay " + max.toMillis() + " ms is too long; "
            + LONGEST_TEXT);
      }
    }
  }

  /**
   * An error status answered instead of acting.
   *
   * @param status the HTTP status, {@link #LOWEST} to {@link #HIGHEST}
   * @param retryAfterSeconds the {@code Retry-After} header in seconds; only with 429 and 503
   */
  record Status(int status, OptionalLong retryAfterSeconds) implements Fault {
    /**
     * The lowest status a fault answers: error statuses only (4xx, 5xx). A 2xx answered without
     * acting would read to the client under test as "applied" (api-contract.md, "Responses": 200
     * is success), and a 3xx is no failure a real server is said to answer.
     */
    public static final int LOWEST = 400;
    /** The highest status a fault answers (RFC 9110, section 15: status codes end at 599). */
    public static final int HIGHEST = 599;
    /**
     * The longest {@code Retry-After} accepted, in seconds: 2^31 - 1, about 68 years. RFC 9111,
     * section 1.2.2 has caches read a longer delta-seconds as 2^31, so no client needs more.
     */
    public static final long LONGEST_RETRY_AFTER_SECONDS = Integer.MAX_VALUE;

    /**
     * Checks the status and header.
     *
     * @throws IllegalArgumentException when the status is outside {@link #LOWEST}..{@link
     *     #HIGHEST}, or Retry-After is negative, over {@link #LONGEST_RETRY_AFTER_SECONDS} or given
     *     with a status other than 429 and 503
     */
    public Status {
      requireNonNull(retryAfterSeconds, "retryAfterSeconds");
      if (status < LOWEST || status > HIGHEST) {
        throw new IllegalArgumentException("status " + status + " is out of range; a status"
            + " fault answers an error status, accepted: " + LOWEST + " to " + HIGHEST);
      }
      if (retryAfterSeconds.isPresent() && status != 429 && status != 503) {
        throw new IllegalArgumentException("Retry-After goes with status 429 or 503 only, not "
            + status);
      }
      if (retryAfterSeconds.orElse(0) < 0
          || retryAfterSeconds.orElse(0) > LONGEST_RETRY_AFTER_SECONDS) {
        throw new IllegalArgumentException("Retry-After must be 0 seconds or more, at most "
            + LONGEST_RETRY_AFTER_SECONDS);
      }
    }
  }

  /** A connection closed without response. */
  record Drop() implements Fault {}

  /** A connection reset (TCP RST) without response. */
  record Reset() implements Fault {}

  /** A response cut short after the action took effect. */
  record Truncate() implements Fault {}
}
