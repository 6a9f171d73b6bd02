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
   */
  public static PhoneLockCommand matching(Filter filter) {
    if (filter.isEmpty()) {
      throw new IllegalArgumentException(
          "no filter given; give at least one filter, or ask explicitly for every visible line");
    }
    return new PhoneLockCommand(filter);
  }

  /**
   * The one rule for "filters or every visible line", for every entry point (CLI flags, schedule
   * files, anything built on the library): exactly one of the two must be asked for. No filter
   * without an explicit request for every line is refused, since it would act on every line the
   * account can see (api-contract.md, "Filters": "a typo must never widen a lock to the whole
   * company"); a filter together with that request is refused as contradictory.
   *
   * @param filter the filters given, possibly empty
   * @param everyVisibleLine whether acting on every visible line was asked for explicitly
   * @return the command
   * @throws ScopeRefused saying which of the two mistakes was made; the entry point words it in
   *     its own terms (a flag, a file key)
   */
  public static PhoneLockCommand of(Filter filter, boolean everyVisibleLine) {
    if (everyVisibleLine && !filter.isEmpty()) {
      throw new ScopeRefused(ScopeRefused.Reason.EVERY_LINE_WITH_FILTERS, filter);
    }
    if (!everyVisibleLine && filter.isEmpty()) {
      throw new ScopeRefused(ScopeRefused.Reason.NO_FILTER, filter);
    }
    return everyVisibleLine ? everyVisibleLine() : matching(filter);
  }

  /** Why {@link #of} refused: the two ways a command's scope can be unclear. */
  public static final class ScopeRefused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The two mistakes. */
    public enum Reason {
      /** Neither a filter nor every visible line was asked for. */
      NO_FILTER,
      /** Both filters and every visible line were asked for. */
      EVERY_LINE_WITH_FILTERS
    }

    private final Reason reason;

    private ScopeRefused(Reason reason, Filter filter) {
      super(reason == Reason.NO_FILTER ? "no filter given, and acting on every visible line was"
          + " not asked for" : "filters (" + filter + ") cannot be combined with acting on every"
          + " visible line");
      this.reason = reason;
    }

    /**
     * Which mistake.
     *
     * @return the reason
     */
    public Reason reason() {
      return reason;
    }
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
