package org.phonelock.application.port.out;

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
}
