package org.phonelock.application.port.in;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.phonelock.application.port.out.AuditLog;
import org.phonelock.application.port.out.ScheduleStateStore;
import org.phonelock.application.port.out.Sleeper;
import org.phonelock.application.schedule.FiringResult;
import org.phonelock.application.schedule.JobSender;
import org.phonelock.application.schedule.RecordKeepingException;
import org.phonelock.application.schedule.RunSettings;
import org.phonelock.application.schedule.Schedule;

/**
 * Incoming port: runs a schedule (README, "Schedules"): catch up, then apply each firing on every
 * server, retrying failures until they succeed or a later firing for the same filters supersedes
 * them.
 */
public interface RunSchedule {
  /**
   * Catches up now, one attempt per firing and server, and returns.
   *
   * @return the firings attempted, server by server; empty when nothing was due
   * @throws RecordKeepingException when an audit record or the state could not be written
   * @throws java.io.UncheckedIOException when the state cannot be locked or read
   */
  List<FiringResult> runOnce();

  /**
   * Runs until {@code stopRequested} answers true.
   *
   * @param catchUp true to apply the latest past firing of each filter set first
   * @param stopRequested asked before each step
   * @throws InterruptedException when interrupted while waiting
   * @throws RecordKeepingException when an audit record or the state could not be written
   */
  void run(boolean catchUp, BooleanSupplier stopRequested) throws InterruptedException;

  /**
   * One server a schedule acts on.
   *
   * @param server the server URL for the audit log, without credentials; distinct per target
   * @param sender sends the actions to that server
   * @param state the last success of each job on that server
   */
  record Target(String server, JobSender sender, ScheduleStateStore state) {
    public Target {
      requireNonNull(server, "server");
      requireNonNull(sender, "sender");
      requireNonNull(state, "state");
    }
  }

  /** Makes the use case for the values known only at run time (the schedule file, the servers). */
  @FunctionalInterface
  interface Factory {
    /**
     * Makes a run.
     *
     * @param schedule the schedule
     * @param targets the servers, one or more with distinct URLs
     * @param audit receives a record per attempt and per outcome, one at a time
     * @param clock the time source
     * @param sleeper waits between events
     * @param settings backoff and loop period
     * @return the use case
     */
    RunSchedule create(Schedule schedule, List<Target> targets, AuditLog audit, Clock clock,
        Sleeper sleeper, RunSettings settings);
  }
}
