package org.phonelock.application.schedule;

/**
 * How well a schedule is doing, for monitoring (README, "Monitoring and alerts"): each job is OK,
 * WARNING or CRITICAL; UNKNOWN is for a schedule whose records cannot be read. Declared from
 * best to worst for jobs, so that {@link #worse} keeps the worst; UNKNOWN wins over all.
 */
public enum Health {
  /** The latest due firing was applied, superseded, or none is due yet. */
  OK,
  /** The latest due firing is not applied yet, within the grace period. */
  WARNING,
  /** The latest due firing is still not applied after the grace period. */
  CRITICAL,
  /** The schedule's records could not be read. */
  UNKNOWN;

  /**
   * The worse of two.
   *
   * @param other another health
   * @return UNKNOWN when either is, otherwise the later in declaration order
   */
  public Health worse(Health other) {
    if (this == UNKNOWN || other == UNKNOWN) {
      return UNKNOWN;
    }
    return compareTo(other) >= 0 ? this : other;
  }
}
