package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The attempt a one-shot catch-up ({@link org.phonelock.application.port.in.RunSchedule#runOnce()})
 * made for one firing.
 *
 * @param job the job
 * @param firing the instant of the firing
 * @param server the server it was sent to, as the audit records name it
 * @param result what the request came back with
 */
public record FiringResult(ScheduleJob job, Instant firing, String server,
    AttemptResult result) {
  public FiringResult {
    requireNonNull(job, "job");
    requireNonNull(firing, "firing");
    requireNonNull(server, "server");
    requireNonNull(result, "result");
  }
}
