package org.phonelock.application.port.in;

import static java.util.Objects.requireNonNull;

import org.phonelock.domain.Filter;

/**
 * The input of {@link LockPhones} and {@link UnlockPhones}: which lines to act on. Acting on
 * every visible line has its own factory and the constructor is private, so an empty filter can
 * never be sent by accident (api-contract.md, "Filters": "a typo must never widen a lock to the
 * whole company").
 */
public final class PhoneLockCommand {
  private final Filter filter;

  private PhoneLockCommand(Filter filter) {
    this.filter = requireNonNull(filter, "filter");
  }

  /**
   * Acts on the lines of the users matching {@code filter}.
   *
   * @param filter a non-empty filter
   * @return the command
   * @throws IllegalArgumentException when {@code filter} is empty: use {@link
   *     #everyVisibleLine()} to act on every line on purpose
   * @throws NullPointerException when {@code filter} is null
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

  /**
   * The filter to send.
   *
   * @return the filter; empty only for {@link #everyVisibleLine()}
   */
  public Filter filter() {
    return filter;
  }

  /**
   * Commands are equal when their filters are.
   *
   * @param other any object
   * @return true for a command with an equal filter
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof PhoneLockCommand command && command.filter.equals(filter);
  }

  /**
   * A hash consistent with {@link #equals}.
   *
   * @return the filter's hash
   */
  @Override
  public int hashCode() {
    return filter.hashCode();
  }

  /**
   * A readable form.
   *
   * @return {@code PhoneLockCommand[<filter>]}
   */
  @Override
  public String toString() {
    return "PhoneLockCommand[" + filter + "]";
  }
}
