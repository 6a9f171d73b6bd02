package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.phonelock.application.port.out.ScheduleStateStore;
import org.phonelock.application.port.out.AttemptHistory;

/**
 * Where each job of a schedule stands (README, "Monitoring and alerts"), by the same rules the runner
 * acts on: for each set of filters only the latest due firing counts ({@link CatchUpPlanner}),
 * and a firing is done when the state store's success covers it ({@link JobSuccess#covers}). A
 * job whose latest due firing is not applied is {@link Health#WARNING} until {@code grace} has
 * passed since that firing, then {@link Health#CRITICAL}.
 */
public final class ScheduleStatus {
  private final Schedule schedule;
  private final FiringTimes times;
  private final ScheduleStateStore state;
  private final AttemptHistory history;
  private final String server;

  /**
   * Creates the check.
   *
   * @param schedule the schedule
   * @param state the last success of each job on {@code server}
   * @param history the attempts the audit log recorded
   * @param server the server URL, as the audit records name it
   */
  public ScheduleStatus(Schedule schedule, ScheduleStateStore state, AttemptHistory history,
      String server) {
    this.schedule = requireNonNull(schedule, "schedule");
    this.times = new FiringTimes(schedule.zone());
    this.state = requireNonNull(state, "state");
    this.history = requireNonNull(history, "history");
    this.server = requireNonNull(server, "server");
  }

  /**
   * Checks every job.
   *
   * @param now the current instant
   * @param grace how long a due firing may stay unapplied before it is critical; not negative
   * @return one status per job, in file order
   * @throws java.io.UncheckedIOException when the audit log cannot be read
   */
  public List<JobStatus> check(Instant now, Duration grace) {
    if (grace.isNegative()) {
      throw new IllegalArgumentException("grace must not be negative, was " + grace);
    }
    Map<ScheduleJob, Optional<Firing>> latest = new HashMap<>();
    Map<FilterKey, Firing> winners = new HashMap<>();
    for (ScheduleJob job : schedule.jobs()) {
      Optional<Firing> firing = times.latestAtOrBefore(job, now);
      latest.put(job, firing);
      // As CatchUpPlanner: the later job in the file wins a tie.
      firing.ifPresent(f -> winners.merge(job.filterKey(), f,
          (old, mine) -> mine.instant().isBefore(old.instant()) ? old : mine));
    }
    List<JobStatus> statuses = new ArrayList<>();
    for (ScheduleJob job : schedule.jobs()) {
      statuses.add(status(job, latest.get(job), winners.get(job.filterKey()), now, grace));
    }
    return statuses;
  }

  private JobStatus status(ScheduleJob job, Optional<Firing> due, Firing winner, Instant now,
      Duration grace) {
    Optional<Firing> next = times.nextAfter(job, now);
    if (due.isEmpty()) {
      return new JobStatus(job, server, due, JobStatus.State.NONE_DUE, Optional.empty(),
          Optional.empty(), FiringHistory.NONE, Duration.ZERO, next, Health.OK);
    }
    Firing firing = due.get();
    FiringHistory attempts = history.of(job.name(), server, firing.instant());
    if (!winner.job().equals(job)) {
      return new JobStatus(job, server, due, JobStatus.State.SUPERSEDED, Optional.empty(),
          Optional.of(winner), attempts, Duration.ZERO, next, Health.OK);
    }
    Optional<JobSuccess> success = state.lastSuccess(job.name())
        .filter(s -> s.covers(job, firing.instant()));
    if (success.isPresent()) {
      return new JobStatus(job, server, due, JobStatus.State.APPLIED,
          Optional.of(success.get().appliedAt()), Optional.empty(), attempts, Duration.ZERO,
          next, Health.OK);
    }
    Duration overdue = Duration.between(firing.instant(), now);
    Health health = overdue.compareTo(grace) < 0 ? Health.WARNING : Health.CRITICAL;
    return new JobStatus(job, server, due, JobStatus.State.NOT_APPLIED, Optional.empty(),
        Optional.empty(), attempts, overdue, next, health);
  }
}
