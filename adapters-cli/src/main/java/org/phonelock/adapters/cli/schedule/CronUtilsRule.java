package org.phonelock.adapters.cli.schedule;

import static java.util.Objects.requireNonNull;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import org.phonelock.application.port.out.CronRule;

/**
 * A 5-field UNIX cron expression parsed by cron-utils ({@code minute hour day-of-month month
 * day-of-week}; names such as {@code MON-FRI} and {@code JAN}; when both day fields are
 * restricted a day matching either one matches, as in Vixie cron).
 *
 * <p>cron-utils is asked for wall-clock matches only, in UTC, which has no DST: its own DST
 * handling has a history of bugs (cron-utils issues 61, 112, 446), and the schedule's DST rules
 * are applied by {@link org.phonelock.application.schedule.FiringTimes}.
 */
public final class CronUtilsRule implements CronRule {
  private static final CronParser PARSER =
      new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

  private final String expression;
  private final ExecutionTime executionTime;

  private CronUtilsRule(String expression, ExecutionTime executionTime) {
    this.expression = expression;
    this.executionTime = executionTime;
  }

  /**
   * Parses an expression.
   *
   * @param expression five fields separated by spaces, e.g. {@code 0 19 * * MON-FRI}
   * @throws IllegalArgumentException when the expression is not a valid 5-field cron
   *     expression; the message says why and shows the expected shape
   */
  public static CronUtilsRule parse(String expression) {
    requireNonNull(expression, "expression");
    String trimmed = expression.trim();
    try {
      // cron-utils accepts day and month names in upper case only.
      Cron cron = PARSER.parse(trimmed.toUpperCase(Locale.ROOT));
      cron.validate();
      return new CronUtilsRule(trimmed, ExecutionTime.forCron(cron));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cron '" + trimmed + "' is not accepted ("
          + clean(e.getMessage()) + "); expected 5 fields: minute hour day-of-month month"
          + " day-of-week, e.g. \"0 19 * * MON-FRI\"", e);
    }
  }

  private static String clean(String message) {
    String text = message == null ? "invalid" : message;
    return text.replace("Failed to parse cron expression. ", "").replace("Failed to parse '", "'");
  }

  /**
   * The next match on the wall clock.
   *
   * @return the first match strictly after it, at a whole minute, or empty when none
   */
  @Override
  public Optional<LocalDateTime> nextMatchAfter(LocalDateTime after) {
    return executionTime.nextExecution(after.atZone(ZoneOffset.UTC))
        .map(ZonedDateTime::toLocalDateTime);
  }

  /** The expression as written. */
  @Override
  public String expression() {
    return expression;
  }

  /**
   * The expression.
   *
   * @return {@link #expression()}
   */
  @Override
  public String toString() {
    return expression;
  }
}
