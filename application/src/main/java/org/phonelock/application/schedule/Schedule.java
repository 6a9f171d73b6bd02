package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A schedule: jobs whose cron times are read on the wall clock of one IANA time zone (README,
 * "Schedules").
 *
 * @param zone a region time zone such as {@code Europe/Rome}; not a fixed offset
 * @param jobs one or more jobs with distinct names (compared ignoring case), in file order
 */
public record Schedule(ZoneId zone, ImmutableList<ScheduleJob> jobs) {
  /**
   * Checks the schedule.
   *
   * @throws IllegalArgumentException when the zone is a fixed offset, there is no job, or two
   *     jobs share a name
   */
  public Schedule {
    requireNonNull(zone, "zone");
    requireNonNull(jobs, "jobs");
    if (zone instanceof ZoneOffset) {
      throw new IllegalArgumentException(
          "time zone " + zone + " is a fixed offset; give an IANA name such as Europe/Rome");
    }
    if (jobs.isEmpty()) {
      throw new IllegalArgumentException("a schedule needs at least one job");
    }
    Set<String> names = new HashSet<>();
    for (ScheduleJob job : jobs) {
      if (!names.add(job.name().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "job name '" + job.name() + "' is used twice; give each job its own name");
      }
    }
  }

  /**
   * The position of a job in the file, which breaks ties between jobs that fire at the same
   * instant for the same lines: the later job wins.
   *
   * @param job one of this schedule's jobs
   * @return its index in {@link #jobs()}
   * @throws IllegalArgumentException when the job is not in this schedule
   */
  public int indexOf(ScheduleJob job) {
    int index = jobs.indexOf(job);
    if (index < 0) {
      throw new IllegalArgumentException("job '" + job.name() + "' is not in this schedule");
    }
    return index;
  }
}
