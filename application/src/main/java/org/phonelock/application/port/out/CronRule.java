package org.phonelock.application.port.out;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Outgoing port: the matches of one 5-field cron expression on the wall clock, with no time
 * zone. The DST rules are not the cron library's business: {@link org.phonelock.application.schedule.FiringTimes} maps wall-clock
 * matches to instants itself, so implementations must not apply any zone rules.
 */
public interface CronRule {
  /**
   * The first wall-clock date-time strictly after {@code after} that the expression matches.
   *
   * @param after any local date-time; seconds and nanoseconds are allowed
   * @return the match, at a whole minute; empty when the expression never matches again (such
   *     as 30 February)
   */
  Optional<LocalDateTime> nextMatchAfter(LocalDateTime after);

  /**
   * The expression as written in the schedule file.
   *
   * @return e.g. {@code 0 19 * * MON-FRI}
   */
  String expression();
}
