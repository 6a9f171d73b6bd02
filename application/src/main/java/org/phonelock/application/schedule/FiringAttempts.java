package org.phonelock.application.schedule;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.phonelock.application.schedule.AuditRecord.Event;
import org.phonelock.application.port.out.AuditLog;
import org.phonelock.application.port.out.ScheduleStateStore;

/**
 * Makes one attempt of a pending firing and books it: a durable audit record before the request
 * and one after it; on success the state store, an outcome record, and the replay of later
 * firings of other filter sets (see {@link AppliedFirings}). An attempt holds the state store
 * exclusively, so another run of the same schedule waits and then finds the firing done.
 */
final class FiringAttempts {
  private final JobSender sender;
  private final ScheduleStateStore state;
  private final AuditLog audit;
  private final Clock clock;
  private final String server;

  FiringAttempts(
      JobSender sender, ScheduleStateStore state, AuditLog audit, Clock clock, String server) {
    this.sender = sender;
    this.state = state;
    this.audit = audit;
    this.clock = clock;
    this.server = server;
  }

  /**
   * Attempts a firing unless the state store shows it done.
   *
   * @return the answer; empty when another run had applied the firing (nothing was sent)
   * @throws RecordKeepingException when a record could not be written; nothing more is sent
   */
  Optional<AttemptResult> attempt(PendingFiring firing, PendingFirings pending,
      AppliedFirings applied) {
    return state.exclusively(() -> {
      ScheduleJob job = firing.job();
      if (state.lastSuccess(job.name()).map(s -> s.covers(job, firing.firing())).orElse(false)) {
        pending.remove(firing);
        applied.record(job, firing.firing());
        return Optional.empty();
      }
      return Optional.of(send(firing, pending, applied));
    });
  }

  private AttemptResult send(PendingFiring firing, PendingFirings pending,
      AppliedFirings applied) {
    ScheduleJob job = firing.job();
    Instant start = clock.instant();
    firing.attempted(start);
    try {
      audit.record(record(firing, Event.REQUEST, Outcome.SENDING, start, Duration.ZERO, ""));
    } catch (UncheckedIOException e) {
      throw new RecordKeepingException(job, firing.firing(), server, Optional.empty(), true,
          e);
    }
    AttemptResult result = sender.send(job);
    Instant end = clock.instant();
    List<UncheckedIOException> failures = new ArrayList<>();
    keep(failures, () -> audit.record(record(firing, Event.ATTEMPT, result.outcome(), end,
        between(start, end), result.message())));
    boolean stateRecorded =
        !result.applied() || book(firing, result, pending, applied, end, failures);
    if (!failures.isEmpty()) {
      RecordKeepingException stop = new RecordKeepingException(job, firing.firing(), server,
          Optional.of(result), stateRecorded, failures.get(0));
      failures.subList(1, failures.size()).forEach(stop::addSuppressed);
      throw stop;
    }
    return result;
  }

  /**
   * Books an applied firing; the state store comes before the audit log's outcome record, so
   * that a full disk there does not make the next run repeat the firing.
   *
   * @return true when the state store recorded it
   */
  private boolean book(PendingFiring firing, AttemptResult result, PendingFirings pending,
      AppliedFirings applied, Instant end, List<UncheckedIOException> failures) {
    ScheduleJob job = firing.job();
    pending.remove(firing);
    applied.record(job, firing.firing());
    List<AppliedFirings.Applied> replays = new ArrayList<>();
    for (AppliedFirings.Applied later : applied.laterThan(firing.key(), firing.firing())) {
      if (!pending.isPending(later.job().filterKey())) {
        replays.add(later);
      }
    }
    // Forgotten before this success is stored: if storing fails, the next run still applies
    // both in firing order, and the shared lines end in the later firing's state.
    boolean forgotten = keep(failures,
        () -> replays.forEach(later -> state.forgetSuccess(later.job().name())));
    boolean stored = forgotten && keep(failures, () -> state.recordSuccess(
        new JobSuccess(job.name(), job.definition(), firing.firing(), end)));
    if (failures.isEmpty()) {
      keep(failures, () -> outcome(firing, Outcome.APPLIED, result.message()));
    }
    replays.forEach(later -> pending.offer(later.job(), later.firing(), end));
    return stored;
  }

  private static boolean keep(List<UncheckedIOException> failures, Runnable write) {
    try {
      write.run();
      return true;
    } catch (UncheckedIOException e) {
      failures.add(e);
      return false;
    }
  }

  /** Books the end of a firing that is done with: applied, superseded or left for later. */
  void outcome(PendingFiring firing, Outcome outcome, String message) {
    Instant now = clock.instant();
    Duration duration = firing.firstAttempt().map(first -> between(first, now))
        .orElse(Duration.ZERO);
    audit.record(record(firing, Event.OUTCOME, outcome, now, duration, message));
  }

  private AuditRecord record(PendingFiring firing, Event event, Outcome outcome, Instant time,
      Duration duration, String message) {
    ScheduleJob job = firing.job();
    return new AuditRecord(time, event, job.name(), job.action(), server, job.filter(),
        firing.firing(), outcome, firing.attempts(), duration, message);
  }

  /** A clock set back between two readings must not give a negative duration. */
  private static Duration between(Instant from, Instant to) {
    Duration duration = Duration.between(from, to);
    return duration.isNegative() ? Duration.ZERO : duration;
  }
}
