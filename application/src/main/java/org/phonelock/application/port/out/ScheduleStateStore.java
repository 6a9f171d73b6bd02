package org.phonelock.application.port.out;

import java.nio.file.Path;
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

  /**
   * The state of one schedule, shared by its servers (README, "Several servers": each server has
   * its own catch-up and state).
   */
  @FunctionalInterface
  interface Shared {
    /**
     * One server's part.
     *
     * @param server the server URL, as the audit records name it
     * @param alone true when the schedule has this server only: then an entry kept without a
     *     server (by an older version) counts for it
     */
    ScheduleStateStore forServer(String server, boolean alone);
  }

  /** Opens the state a schedule keeps in a file. */
  interface Factory {
    /**
     * Opens and reads a state file; a missing file is an empty state.
     *
     * @param file the file; its directory must exist and be writable when a success is stored
     * @throws RefusedFileException when the file exists and is not a state file (or not a
     *     regular file, or too large); the message says how to start afresh
     */
    Shared open(Path file);

    /**
     * The file that runs of the schedule lock beside the state file, which no other file of the
     * run may be.
     *
     * @param file a state file path with a file name
     */
    Path lockFile(Path file);
  }
}
