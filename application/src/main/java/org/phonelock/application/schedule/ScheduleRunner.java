package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.phonelock.application.EveryServer;
import org.phonelock.application.port.in.RunSchedule;
import org.phonelock.application.port.out.AuditLog;
import org.phonelock.application.port.out.ScheduleStateStore;
import org.phonelock.application.port.out.Sleeper;

/**
 * Runs a schedule (README, "Schedules", {@code schedule run}): catches up on start, then at each
 * firing sends the job's action, retrying a failed firing with capped backoff until it succeeds
 * or a later firing for the same filters supersedes it. {@link #runOnce()} catches up with one
 * attempt per firing and returns, for callers such as cron that run it every few minutes.
 *
 * <p>A schedule may act on several servers (README, "Several servers": state and catch-up are
 * per server and job, so a server that was down is caught up alone): each {@link Target} has its own
 * pending firings, attempts, retries and state, so a firing applied on one server is never sent
 * there again while another server that was down is retried or caught up. The servers are worked
 * on in parallel, at most {@link EveryServer#AT_ONCE} at once; one server's failure never stops
 * the others.
 */
public final class ScheduleRunner implements RunSchedule {
  private final Schedule schedule;
  private final List<Lane> lanes = new ArrayList<>();
  private final Clock clock;
  private final Sleeper sleeper;
  private final RunSettings settings;
  private final FiringTimes times;

  /**
   * Creates the runner.
   *
   * @param schedule the schedule
   * @param targets the servers, one or more with distinct URLs, in the order results are given
   * @param audit receives a record per attempt and per outcome; with several targets, records
   *     come from several threads, one at a time
   * @param clock the time source
   * @param sleeper waits between events
   * @param settings backoff and loop period
   * @throws IllegalArgumentException when there is no target or two name the same server
   */
  public ScheduleRunner(Schedule schedule, List<Target> targets, AuditLog audit, Clock clock,
      Sleeper sleeper, RunSettings settings) {
    this.schedule = requireNonNull(schedule, "schedule");
    this.clock = requireNonNull(clock, "clock");
    this.sleeper = requireNonNull(sleeper, "sleeper");
    this.settings = requireNonNull(settings, "settings");
    this.times = new FiringTimes(schedule.zone());
    requireNonNull(audit, "audit");
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("a schedule needs at least one server");
    }
    // One record at a time: the servers' lanes run in parallel.
    Object oneAtATime = new Object();
    AuditLog serial = record -> {
      synchronized (oneAtATime) {
        audit.record(record);
      }
    };
    Set<String> servers = new HashSet<>();
    for (Target target : targets) {
      if (!servers.add(target.server())) {
        throw new IllegalArgumentException("server " + target.server() + " is given twice");
      }
      lanes.add(new Lane(target, new FiringAttempts(target.sender(), target.state(), serial,
          clock, target.server())));
    }
  }

  /** One server's part of a run. */
  private final class Lane {
    final Target target;
    final FiringAttempts attempts;
    PendingFirings pending;
    AppliedFirings applied;

    Lane(Target target, FiringAttempts attempts) {
      this.target = target;
      this.attempts = attempts;
    }

    void start(Instant now, boolean catchUp) {
      pending = new PendingFirings(schedule);
      applied = new AppliedFirings(schedule, target.state());
      if (catchUp) {
        new CatchUpPlanner(schedule, target.state()).plan(now)
            .forEach(f -> pending.offer(f.job(), f.instant(), now));
      }
    }
  }

  /** What one server's catch-up gave: its results, and the failure that stopped it, if any. */
  private record LaneResult(List<FiringResult> results, Optional<RecordKeepingException> stop) {}

  /**
   * Catches up now, one attempt per firing on each server, and returns. The state store is held
   * exclusively throughout, so a second run started meanwhile waits and then finds nothing left
   * to do.
   *
   * @return the firings attempted, server by server in the order of the targets, each server's
   *     in the order sent; empty when nothing was due
   * @throws RecordKeepingException when an audit record or the state could not be written; it
   *     carries the firings attempted before (on every server)
   * @throws java.io.UncheckedIOException when the state store cannot be locked or read
   */
  @Override
  public List<FiringResult> runOnce() {
    return exclusively(() -> {
      Instant now = clock.instant();
      lanes.forEach(lane -> lane.start(now, true));
      List<LaneResult> byLane = EveryServer.apply(lanes, this::catchUpOnce);
      List<FiringResult> results = new ArrayList<>();
      byLane.forEach(r -> results.addAll(r.results()));
      for (LaneResult r : byLane) {
        if (r.stop().isPresent()) {
          throw r.stop().get().after(results);
        }
      }
      return results;
    });
  }

  private LaneResult catchUpOnce(Lane lane) {
    List<FiringResult> results = new ArrayList<>();
    while (!lane.pending.isEmpty()) {
      PendingFiring next = lane.pending.due(Instant.MAX).get(0);
      Optional<AttemptResult> result;
      try {
        result = lane.attempts.attempt(next, lane.pending, lane.applied);
      } catch (RecordKeepingException e) {
        return new LaneResult(results, Optional.of(e));
      }
      if (result.isEmpty()) {
        continue;
      }
      if (!result.get().applied()) {
        lane.pending.remove(next);
        try {
          lane.attempts.outcome(next, Outcome.LEFT_FOR_NEXT_RUN, result.get().message());
        } catch (UncheckedIOException e) {
          return new LaneResult(results, Optional.of(new RecordKeepingException(next.job(),
              next.firing(), lane.target.server(), result, true, e)));
        }
      }
      results.add(new FiringResult(next.job(), next.firing(), lane.target.server(),
          result.get()));
    }
    return new LaneResult(results, Optional.empty());
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
  @Override
  public void run(boolean catchUp, BooleanSupplier stopRequested) throws InterruptedException {
    Instant start = clock.instant();
    lanes.forEach(lane -> lane.start(start, catchUp));
    Map<ScheduleJob, Optional<Firing>> next = new LinkedHashMap<>();
    schedule.jobs().forEach(job -> next.put(job, times.nextAfter(job, start)));
    while (!stopRequested.getAsBoolean()) {
      Instant now = clock.instant();
      List<Firing> due = collectDue(now, next);
      List<Lane> busy = new ArrayList<>();
      for (Lane lane : lanes) {
        offer(lane, due, now);
        if (!lane.pending.due(now).isEmpty()) {
          busy.add(lane);
        }
      }
      if (!busy.isEmpty()) {
        // One hold of the state store for the round, in which the servers go in parallel.
        exclusively(() -> EveryServer.apply(busy, lane -> attemptDue(lane, now, stopRequested)));
      }
      Duration wait = untilNextEvent(next);
      if (!wait.isZero()) {
        sleeper.sleep(wait);
      }
    }
  }

  private Void attemptDue(Lane lane, Instant now, BooleanSupplier stopRequested) {
    for (PendingFiring firing : lane.pending.due(now)) {
      if (stopRequested.getAsBoolean()) {
        return null;
      }
      Optional<AttemptResult> result = lane.attempts.attempt(firing, lane.pending, lane.applied);
      if (result.isPresent() && !result.get().applied()) {
        firing.retryAt(clock.instant().plus(settings.backoff().after(firing.attempts())));
      }
    }
    return null;
  }

  /** The firings that came due, one per job at most: only the latest of a job counts. */
  private List<Firing> collectDue(Instant now, Map<ScheduleJob, Optional<Firing>> next) {
    List<Firing> due = new ArrayList<>();
    for (Map.Entry<ScheduleJob, Optional<Firing>> entry : next.entrySet()) {
      ScheduleJob job = entry.getKey();
      if (entry.getValue().isEmpty() || entry.getValue().get().instant().isAfter(now)) {
        continue;
      }
      Firing firing = entry.getValue().get();
      Optional<Firing> following = times.nextAfter(job, firing.instant());
      if (following.isPresent() && !following.get().instant().isAfter(now)) {
        // After a suspend several firings may be due; the latest supersedes the others.
        firing = times.latestAtOrBefore(job, now).orElse(firing);
        following = times.nextAfter(job, now);
      }
      entry.setValue(following);
      due.add(firing);
    }
    return due;
  }

  /** Moves the due firings that a server has not applied yet into its pending firings. */
  private void offer(Lane lane, List<Firing> due, Instant now) {
    for (Firing firing : due) {
      ScheduleJob job = firing.job();
      boolean done = lane.target.state().lastSuccess(job.name())
          .map(s -> s.covers(job, firing.instant())).orElse(false);
      if (!done) {
        lane.pending.offer(job, firing.instant(), now)
            .ifPresent(loser -> supersede(lane, loser));
      }
    }
  }

  private void supersede(Lane lane, PendingFiring loser) {
    PendingFiring winner = lane.pending.pendingFor(loser.key()).orElseThrow();
    lane.attempts.outcome(loser, Outcome.SUPERSEDED, "superseded by job "
        + winner.job().name() + " firing at "
        + winner.firing().atZone(schedule.zone()).toOffsetDateTime());
  }

  private Duration untilNextEvent(Map<ScheduleJob, Optional<Firing>> next) {
    Instant now = clock.instant();
    Instant wake = now.plus(settings.maxSleep());
    for (Optional<Firing> firing : next.values()) {
      if (firing.isPresent() && firing.get().instant().isBefore(wake)) {
        wake = firing.get().instant();
      }
    }
    for (Lane lane : lanes) {
      Optional<Instant> retry = lane.pending.nextAttempt();
      if (retry.isPresent() && retry.get().isBefore(wake)) {
        wake = retry.get();
      }
    }
    return wake.isAfter(now) ? Duration.between(now, wake) : Duration.ZERO;
  }

  /**
   * Runs {@code work} holding every server's state store (see {@link
   * ScheduleStateStore#exclusively}), always in the order of the targets; stores that share
   * one file take its lock once.
   */
  private <T> T exclusively(Supplier<T> work) {
    Supplier<T> nested = work;
    for (int i = lanes.size() - 1; i >= 0; i--) {
      ScheduleStateStore state = lanes.get(i).target.state();
      Supplier<T> inner = nested;
      nested = () -> state.exclusively(inner);
    }
    return nested.get();
  }
}
