package org.phonelock.application.schedule;

import java.util.Optional;

/**
 * Outgoing port: the last success of each job, kept across restarts so that a restart neither
 * redoes nor forgets work (issue "Schedules": "a state file keeps the last success per job").
 */
public interface ScheduleStateStore {
  /**
   * The last recorded success of a job.
   *
   * @param job the job's name
   * @return the success, or empty when none is recorded
   */
  Optional<JobSuccess> lastSuccess(String job);

  /**
   * Records a success, replacing the job's previous one; durable when this returns.
   *
   * @param success the success
   * @throws java.io.UncheckedIOException when it cannot be stored; the message names the store
   */
  void recordSuccess(JobSuccess success);

  /**
   * Forgets the success of a job, so that the next catch-up applies its latest firing again.
   * Used when a firing of another filter set was applied after it, out of order (see the run
   * loop's replay rule).
   *
   * @param job the job's name; nothing happens when it has no recorded success
   * @throws java.io.UncheckedIOException when the store cannot be written
   */
  void forgetSuccess(String job);
}
