package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * An inclusive range of calendar dates in the schedule's time zone, e.g. a company holiday on
 * which a job does not fire (README, "Schedules", {@code except:}).
 *
 * @param first the first date
 * @param last the last date, on or after {@code first}
 */
public record DateRange(LocalDate first, LocalDate last) {
  /**
   * Checks the range.
   *
   * @throws IllegalArgumentException when {@code last} is before {@code first}
   */
  public DateRange {
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "date range " + first + ".." + last + " ends before it starts; write FIRST..LAST");
    }
  }

  /**
   * A range of one day.
   *
   * @param day the date
   * @return the range {@code day..day}
   */
  public static DateRange of(LocalDate day) {
    return new DateRange(day, day);
  }

  /**
   * Tells whether a date is in the range.
   *
   * @param date any date
   * @return true when {@code first <= date <= last}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(first) && !date.isAfter(last);
  }

  /**
   * The schedule-file form.
   *
   * @return {@code 2026-12-25} for one day, else {@code 2026-12-24..2026-12-26}
   */
  @Override
  public String toString() {
    return first.equals(last) ? first.toString() : first + ".." + last;
  }
}
