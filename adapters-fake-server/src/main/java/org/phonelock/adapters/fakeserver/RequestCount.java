package org.phonelock.adapters.fakeserver;

/**
 * How many journal entries a {@link FakePhoneLockServer#verify verification} expects, like
 * WireMock's {@code exactly}, {@code moreThanOrExactly} and {@code lessThanOrExactly}.
 *
 * @param min the fewest accepted, 0 or more
 * @param max the most accepted, at least {@code min}; {@link Integer#MAX_VALUE} for no limit
 */
public record RequestCount(int min, int max) {
  /**
   * Checks the bounds.
   *
   * @throws IllegalArgumentException when {@code min} is negative or above {@code max}
   */
  public RequestCount {
    if (min < 0 || min > max) {
      throw new IllegalArgumentException("request count bounds " + min + ".." + max
          + " are invalid; need 0 <= min <= max");
    }
  }

  /**
   * Exactly {@code n} requests.
   *
   * @param n 0 or more
   * @return the count
   */
  public static RequestCount exactly(int n) {
    return new RequestCount(n, n);
  }

  /**
   * {@code n} requests or more.
   *
   * @param n 0 or more
   * @return the count
   */
  public static RequestCount atLeast(int n) {
    return new RequestCount(n, Integer.MAX_VALUE);
  }

  /**
   * {@code n} requests or fewer.
   *
   * @param n 0 or more
   * @return the count
   */
  public static RequestCount atMost(int n) {
    return new RequestCount(0, n);
  }

  /**
   * No request at all: {@code exactly(0)}.
   *
   * @return the count
   */
  public static RequestCount never() {
    return exactly(0);
  }

  /**
   * Tells whether a number of matching requests is accepted.
   *
   * @param matched how many entries matched
   * @return true when {@code min <= matched <= max}
   */
  public boolean accepts(int matched) {
    return matched >= min && matched <= max;
  }

  /**
   * A readable form for messages.
   *
   * @return {@code exactly 1}, {@code at least 2}, {@code at most 3} or {@code never}
   */
  @Override
  public String toString() {
    if (max == 0) {
      return "never";
    }
    if (min == max) {
      return "exactly " + min;
    }
    return max == Integer.MAX_VALUE ? "at least " + min : min == 0 ? "at most " + max
        : "between " + min + " and " + max;
  }
}
