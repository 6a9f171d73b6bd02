package org.phonelock.application.port.out;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.phonelock.application.schedule.Schedule;

/**
 * Outgoing port: where a running schedule shows how it is doing, for a monitoring system to
 * scrape (README, "Monitoring and alerts", {@code --metrics-file}): rewritten after each attempt
 * and outcome it is given as an {@link AuditLog}, and before each wait of the run loop (the
 * heartbeat). A write that fails is reported and never stops the schedule: no method throws.
 */
public interface ScheduleMetrics extends AuditLog {
  /** Rewrites the metrics now; on failure warns once, until a write succeeds again. */
  void write();

  /**
   * A sleeper that rewrites the metrics before each wait, so that the heartbeat shows the run is
   * alive while nothing is due.
   */
  default Sleeper around(Sleeper sleeper) {
    return duration -> {
      write();
      sleeper.sleep(duration);
    };
  }

  /**
   * One server of the schedule.
   *
   * @param server the server URL, as the audit records name it
   * @param state its part of the state
   */
  record Server(String server, ScheduleStateStore state) {}

  /** Opens the metrics kept in a file. */
  interface Factory {
    /**
     * Refuses a file that must not be replaced: an existing, non-empty file that phonelock did
     * not write. A missing or empty file passes.
     *
     * @param file the metrics file
     * @throws RefusedFileException naming {@code --metrics-file} and the file
     */
    void checkReplaceable(Path file);

    /**
     * Opens the metrics of a schedule; nothing is written before the first {@link #write} or
     * record.
     *
     * @param file the metrics file; checked with {@link #checkReplaceable} first
     * @param servers each server of the schedule with its part of the state
     * @param history the attempts of each firing
     * @param clock the heartbeat's time
     * @param warn receives the one-line warning when a write fails
     */
    ScheduleMetrics open(Path file, Schedule schedule, List<Server> servers,
        AttemptHistory history, Clock clock, Consumer<String> warn);
  }
}
