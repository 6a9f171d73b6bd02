package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The last firing of a job that the server applied, as the state store keeps it.
 *
 * @param job the job's name
 * @param definition the job's {@link ScheduleJob#definition()} when it succeeded; a success
 *     counts only for a job with the same definition
 * @param firing the instant of the firing that succeeded
 * @param appliedAt when the server applied it (at or after {@code firing})
 */
public record JobSuccess(String job, String definition, Instant firing, Instant appliedAt) {
  public JobSuccess {
    requireNonNull(job, "job");
    requireNonNull(definition, "definition");
    requireNonNull(firing, "firing");
    requireNonNull(appliedAt, "appliedAt");
  }

  /**
   * Tells whether this success covers a firing of a job: same job and definition, and a firing
   * at or after the given one.
   *
   * @param firingJob the job of the firing
   * @param firingInstant the instant of the firing
   * @return true when the firing needs no action
   */
  public boolean covers(ScheduleJob firingJob, Instant firingInstant) {
    return job.equals(firingJob.name())
        && definition.equals(firingJob.definition())
        && !firing.isBefore(firingInstant);
  }
}
