package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;
import org.phonelock.application.port.out.CronRule;

/**
 * One job of a schedule: at each cron match, lock or unlock the lines a command selects, except
 * on the listed dates (README, "Schedules").
 *
 * @param name unique within the schedule; letters, digits, {@code .}, {@code _}, {@code -}, 1 to
 *     64 characters, starting with a letter or digit (it names the job in the audit log and the
 *     state file)
 * @param action lock or unlock
 * @param target which lines; {@link PhoneLockCommand#everyVisibleLine()} only when the schedule
 *     file says so explicitly
 * @param cron when it fires, on the schedule's wall clock
 * @param except the dates on which it does not fire, in the schedule's time zone
 */
public record ScheduleJob(
    String name,
    PhoneLockAction action,
    PhoneLockCommand target,
    CronRule cron,
    ImmutableList<DateRange> except) {

  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}");

  /**
   * Checks the job.
   *
   * @throws IllegalArgumentException when the name does not have the accepted shape
   */
  public ScheduleJob {
    requireNonNull(name, "name");
    requireNonNull(action, "action");
    requireNonNull(target, "target");
    requireNonNull(cron, "cron");
    requireNonNull(except, "except");
    if (!isValidName(name)) {
      throw new IllegalArgumentException("job name '" + name + "' is not accepted; " + NAME_RULE);
    }
  }

  /** What a job name may look like, for error messages. */
  public static final String NAME_RULE =
      "use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";

  /**
   * Tells whether a text is an accepted job name.
   *
   * @param name any text
   * @return true when it has the shape described by {@link #NAME_RULE}
   */
  public static boolean isValidName(String name) {
    return NAME.matcher(name).matches();
  }

  /**
   * The filter this job sends.
   *
   * @return the target's filter; empty for every visible line
   */
  public Filter filter() {
    return target.filter();
  }

  /**
   * The lines this job acts on, for catch-up and supersession.
   *
   * @return the key of {@link #filter()}
   */
  public FilterKey filterKey() {
    return FilterKey.of(filter());
  }

  /**
   * Tells whether the job skips a date ({@code except:}).
   *
   * @param date a date in the schedule's time zone
   * @return true when one of the except ranges holds it
   */
  public boolean isExcepted(LocalDate date) {
    for (DateRange range : except) {
      if (range.contains(date)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What a recorded success must match to count for this job, so that a job whose action or
   * filters were edited does not take the old definition's success as its own.
   *
   * @return e.g. {@code lock department="R&D"}
   */
  public String definition() {
    return action.name().toLowerCase(java.util.Locale.ROOT) + " " + filter();
  }
}
