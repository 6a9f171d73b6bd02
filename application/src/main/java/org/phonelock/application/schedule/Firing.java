package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/**
 * One firing of a job: the cron match on the wall clock and the instant it fires at, which
 * differ only when DST skips the matched local time (see {@link FiringTimes}).
 *
 * @param job the job
 * @param nominal the matched wall-clock date-time in the schedule's time zone
 * @param time when it fires, with the zone's offset at that instant
 */
public record Firing(ScheduleJob job, LocalDateTime nominal, ZonedDateTime time) {
  public Firing {
    requireNonNull(job, "job");
    requireNonNull(nominal, "nominal");
    requireNonNull(time, "time");
  }

  /**
   * The instant it fires.
   *
   * @return {@code time().toInstant()}
   */
  public Instant instant() {
    return time.toInstant();
  }

  /**
   * Tells whether DST skipped the matched local time, so that the job fires at the first
   * instant after the gap instead.
   *
   * @return true when the firing's local time differs from the cron match
   */
  public boolean movedByDst() {
    return !time.toLocalDateTime().equals(nominal);
  }
}
