package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * What the records say about the requests made for one firing of one job on one server.
 *
 * @param attempts the number of requests whose answer was recorded, 0 or more
 * @param firstAttempt when the first of them was made
 * @param lastOutcome the outcome of the latest
 * @param lastMessage the server's message or the cause of the latest; empty when none; never a
 *     secret
 */
public record FiringHistory(int attempts, Optional<Instant> firstAttempt,
    Optional<Outcome> lastOutcome, String lastMessage) {
  /** No request recorded. */
  public static final FiringHistory NONE =
      new FiringHistory(0, Optional.empty(), Optional.empty(), "");

  /**
   * @throws IllegalArgumentException when {@code attempts} is negative
   */
  public FiringHistory {
    requireNonNull(firstAttempt, "firstAttempt");
    requireNonNull(lastOutcome, "lastOutcome");
    requireNonNull(lastMessage, "lastMessage");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative");
    }
  }
}
