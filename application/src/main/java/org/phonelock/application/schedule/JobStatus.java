package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where one job of a schedule stands on one server (README, "Monitoring and alerts").
 *
 * @param job the job
 * @param server the server URL, as the audit records name it
 * @param latestDue its latest firing at or before now, if it ever fired
 * @param state what became of that firing
 * @param appliedAt when the server applied it ({@link State#APPLIED} only)
 * @param supersededBy the later firing of the same filters that replaced it ({@link
 *     State#SUPERSEDED} only)
 * @param history the requests recorded for it
 * @param overdue for {@link State#NOT_APPLIED}, the time since the firing; zero otherwise
 * @param next its next firing, if it fires again
 * @param health OK, WARNING or CRITICAL
 */
public record JobStatus(
    ScheduleJob job,
    String server,
    Optional<Firing> latestDue,
    State state,
    Optional<Instant> appliedAt,
    Optional<Firing> supersededBy,
    FiringHistory history,
    Duration overdue,
    Optional<Firing> next,
    Health health) {

  public JobStatus {
    requireNonNull(job, "job");
    requireNonNull(server, "server");
    requireNonNull(latestDue, "latestDue");
    requireNonNull(state, "state");
    requireNonNull(appliedAt, "appliedAt");
    requireNonNull(supersededBy, "supersededBy");
    requireNonNull(history, "history");
    requireNonNull(overdue, "overdue");
    requireNonNull(next, "next");
    requireNonNull(health, "health");
  }

  /** What became of the latest due firing. */
  public enum State {
    /** The job has not fired yet. */
    NONE_DUE,
    /** The server applied it. */
    APPLIED,
    /**
     * A later firing of another job for the same filters replaced it: the runner does not send
     * it any more (see {@link CatchUpPlanner}).
     */
    SUPERSEDED,
    /** Not applied (yet): failing, or the next run has not come. */
    NOT_APPLIED
  }
}
