package org.phonelock.application.port.out;

import java.nio.file.Path;
import java.time.Instant;
import org.phonelock.application.schedule.FiringHistory;

/**
 * Outgoing port: what the audit log recorded about the attempts of a firing, for {@link
 * org.phonelock.application.schedule.ScheduleStatus}.
 */
@FunctionalInterface
public interface AttemptHistory {
  /**
   * The requests recorded for one firing.
   *
   * @param job the job's name
   * @param server the server URL as the audit records name it
   * @param firing the instant of the firing
   * @return the history; {@link FiringHistory#NONE} when nothing was recorded
   * @throws java.io.UncheckedIOException when the records cannot be read
   */
  FiringHistory of(String job, String server, Instant firing);

  /** Reads the history back from an audit log file that {@link AuditLog.Factory} writes. */
  @FunctionalInterface
  interface Factory {
    /**
     * Opens the history of a log; nothing is read until the first question. A missing log has
     * no attempts.
     *
     * @param auditLog the audit log file
     * @return the history; its answers throw {@link RefusedFileException} when the log exists
     *     and is not a regular file
     */
    AttemptHistory open(Path auditLog);
  }
}
