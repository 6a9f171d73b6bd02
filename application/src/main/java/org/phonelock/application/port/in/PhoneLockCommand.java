package org.phonelock.application.port.in;

import static java.util.Objects.requireNonNull;

import org.phonelock.domain.Filter;

/**
 * The input of {@link LockPhones} and {@link UnlockPhones}: which lines to act on. Acting on
 * every visible line has its own factory, so an empty filter can never be sent by accident
 * (api-contract.md: "a typo must never widen a lock to the whole company").
 *
 * @param filter the filter; empty only when built by {@link #everyVisibleLine()}
 */
public record PhoneLockCommand(Filter filter) {

  /**
   * Checks the argument.
   *
   * @throws NullPointerException when {@code filter} is null
   */
  public PhoneLockCommand {
    requireNonNull(filter, "filter");
  }

  /**
   * Acts on the lines of the users matching {@code filter}.
   *
   * @param filter a non-empty filter
   * @return the command
   * @throws IllegalArgumentException when {@code filter} is empty: use {@link
   *     #everyVisibleLine()} to act on every line on purpose
   */
  public static PhoneLockCommand matching(Filter filter) {
    if (filter.isEmpty()) {
      throw new IllegalArgumentException(
          "no filter given; give at least one filter, or ask explicitly for every visible line");
    }
    return new PhoneLockCommand(filter);
  }

  /**
   * Acts on every line the caller can see ("global level" on the vendor page).
   *
   * @return the command with an empty filter
   */
  public static PhoneLockCommand everyVisibleLine() {
    return new PhoneLockCommand(Filter.none());
  }
}
