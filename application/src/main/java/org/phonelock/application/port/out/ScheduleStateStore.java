package org.phonelock.application.port.out;

import java.util.Optional;
import java.util.function.Supplier;
import org.phonelock.application.schedule.JobSuccess;

/**
 * Outgoing port: the last success of each job, kept across restarts so that a restart neither
 * redoes nor forgets work (README, "Schedules": "a state file keeps the last success per job").
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

  /**
   * Runs {@code work} while no other run of the same schedule can read or change the store, with
   * the store read afresh first. The runner attempts each firing inside it and first checks that
   * the firing is still not done, so that runs started together (cron and a manual {@code
   * --once}) send each firing once. Nested calls run {@code work} at once. A store that only one
   * process uses may simply run {@code work}, as this default does.
   *
   * @param work what to do; its exceptions pass through
   * @param <T> what {@code work} returns
   * @return what {@code work} returned
   * @throws java.io.UncheckedIOException when the store cannot be locked or read
   */
  default <T> T exclusively(Supplier<T> work) {
    return work.get();
  }
}
