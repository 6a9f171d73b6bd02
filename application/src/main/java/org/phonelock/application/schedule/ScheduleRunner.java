package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Runs a schedule (README, "Schedules", {@code schedule run}): catches up on start, then at each
 * firing sends the job's action, retrying a failed firing with capped backoff until it succeeds
 * or a later firing for the same filters supersedes it. {@link #runOnce()} catches up with one
 * attempt per firing and returns, for callers such as cron that run it every few minutes.
 */
public final class ScheduleRunner {
  private final Schedule schedule;
  private final ScheduleStateStore state;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RunSettings settings;
  private final FiringTimes times;
  private final FiringAttempts attempts;

  /**
   * Creates the runner.
   *
   * @param schedule the schedule
   * @param sender sends the actions
   * @param state the last success of each job
   * @param audit receives a record per attempt and per outcome
   * @param clock the time source
   * @param sleeper waits between events
   * @param settings server label, backoff and loop period
   */
  public ScheduleRunner(Schedule schedule, JobSender sender, ScheduleStateStore state,
      AuditLog audit, Clock clock, Sleeper sleeper, RunSettings settings) {
    this.schedule = requireNonNull(schedule, "schedule");
    this.state = requireNonNull(state, "state");
    this.clock = requireNonNull(clock, "clock");
    this.sleeper = requireNonNull(sleeper, "sleeper");
    this.settings = requireNonNull(settings, "settings");
    this.times = new FiringTimes(schedule.zone());
    this.attempts = new FiringAttempts(requireNonNull(sender, "sender"), state,
        requireNonNull(audit, "audit"), clock, settings.server());
  }

  /**
   * Catches up now, one attempt per firing, and returns. The state store is held exclusively
   * throughout, so a second run started meanwhile waits and then finds nothing left to do.
   *
   * @return the firings attempted, in the order sent; empty when nothing was due
   * @throws RecordKeepingException when an audit record or the state could not be written; it
   *     carries the firings attempted before
   * @throws java.io.UncheckedIOException when the state store cannot be locked or read
   */
  public List<FiringResult> runOnce() {
    return state.exclusively(this::catchUpOnce);
  }

  private List<FiringResult> catchUpOnce() {
    PendingFirings pending = new PendingFirings(schedule);
    AppliedFirings applied = new AppliedFirings(schedule, state);
    Instant now = clock.instant();
    new CatchUpPlanner(schedule, state).plan(now)
        .forEach(f -> pending.offer(f.job(), f.instant(), now));
    List<FiringResult> results = new ArrayList<>();
    while (!pending.isEmpty()) {
      PendingFiring next = pending.due(Instant.MAX).get(0);
      Optional<AttemptResult> result;
      try {
        result = attempts.attempt(next, pending, applied);
      } catch (RecordKeepingException e) {
        throw e.after(results);
      }
      if (result.isEmpty()) {
        continue;
      }
      if (!result.get().applied()) {
        pending.remove(next);
        try {
          attempts.outcome(next, Outcome.LEFT_FOR_NEXT_RUN, result.get().message());
        } catch (UncheckedIOException e) {
          throw new RecordKeepingException(next.job(), next.firing(), result, true, e)
              .after(results);
        }
      }
      results.add(new FiringResult(next.job(), next.firing(), result.get()));
    }
    return results;
  }

  /**
   * Runs until {@code stopRequested} answers true, which it asks before each step.
   *
   * @param catchUp true to apply the latest past firing of each filter set first
   * @param stopRequested tells when to return; the {@link Sleeper} should return early then
   * @throws InterruptedException when the thread is interrupted while waiting
   * @throws RecordKeepingException when an audit record or the state could not be written
   * @throws java.io.UncheckedIOException when the state store cannot be locked or read
   */
  public void run(boolean catchUp, BooleanSupplier stopRequested) throws InterruptedException {
    PendingFirings pending = new PendingFirings(schedule);
    AppliedFirings applied = new AppliedFirings(schedule, state);
    Instant start = clock.instant();
    if (catchUp) {
      new CatchUpPlanner(schedule, state).plan(start)
          .forEach(f -> pending.offer(f.job(), f.instant(), start));
    }
    Map<ScheduleJob, Optional<Firing>> next = new LinkedHashMap<>();
    schedule.jobs().forEach(job -> next.put(job, times.nextAfter(job, start)));
    while (!stopRequested.getAsBoolean()) {
      Instant now = clock.instant();
      collectDue(now, next, pending);
      for (PendingFiring firing : pending.due(now)) {
        if (stopRequested.getAsBoolean()) {
          return;
        }
        Optional<AttemptResult> result = attempts.attempt(firing, pending, applied);
        if (result.isPresent() && !result.get().applied()) {
          firing.retryAt(clock.instant().plus(settings.backoff().after(firing.attempts())));
        }
      }
      Duration wait = untilNextEvent(next, pending);
      if (!wait.isZero()) {
        sleeper.sleep(wait);
      }
    }
  }

  /** Moves the firings that came due into {@code pending}; only the latest of a job counts. */
  private void collectDue(
      Instant now, Map<ScheduleJob, Optional<Firing>> next, PendingFirings pending) {
    for (Map.Entry<ScheduleJob, Optional<Firing>> entry : next.entrySet()) {
      ScheduleJob job = entry.getKey();
      if (entry.getValue().isEmpty() || entry.getValue().get().instant().isAfter(now)) {
        continue;
      }
      Firing due = entry.getValue().get();
      Optional<Firing> following = times.nextAfter(job, due.instant());
      if (following.isPresent() && !following.get().instant().isAfter(now)) {
        // After a suspend several firings may be due; the latest supersedes the others.
        due = times.latestAtOrBefore(job, now).orElse(due);
        following = times.nextAfter(job, now);
      }
      entry.setValue(following);
      Instant firing = due.instant();
      boolean done = state.lastSuccess(job.name())
          .map(s -> s.covers(job, firing)).orElse(false);
      if (!done) {
        pending.offer(job, firing, now).ifPresent(loser -> supersede(loser, pending));
      }
    }
  }

  private void supersede(PendingFiring loser, PendingFirings pending) {
    PendingFiring winner = pending.pendingFor(loser.key()).orElseThrow();
    attempts.outcome(loser, Outcome.SUPERSEDED, "superseded by job " + winner.job().name()
        + " firing at " + winner.firing().atZone(schedule.zone()).toOffsetDateTime());
  }

  private Duration untilNextEvent(Map<ScheduleJob, Optional<Firing>> next,
      PendingFirings pending) {
    Instant now = clock.instant();
    Instant wake = now.plus(settings.maxSleep());
    for (Optional<Firing> firing : next.values()) {
      if (firing.isPresent() && firing.get().instant().isBefore(wake)) {
        wake = firing.get().instant();
      }
    }
    Optional<Instant> retry = pending.nextAttempt();
    if (retry.isPresent() && retry.get().isBefore(wake)) {
      wake = retry.get();
    }
    return wake.isAfter(now) ? Duration.between(now, wake) : Duration.ZERO;
  }
}
