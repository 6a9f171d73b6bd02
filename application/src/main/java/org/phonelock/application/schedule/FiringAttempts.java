package org.phonelock.application.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.phonelock.application.schedule.AuditRecord.Event;

/**
 * Makes one attempt of a pending firing and books it: an audit record per attempt; on success
 * the state store, an outcome record, and the replay of later firings of other filter sets
 * (see {@link AppliedFirings}).
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

  AttemptResult attempt(PendingFiring firing, PendingFirings pending, AppliedFirings applied) {
    Instant start = clock.instant();
    firing.attempted(start);
    AttemptResult result = sender.send(firing.job());
    Instant end = clock.instant();
    audit.record(record(firing, Event.ATTEMPT, result.outcome(), end, between(start, end),
        result.message()));
    if (result.applied()) {
      ScheduleJob job = firing.job();
      state.recordSuccess(new JobSuccess(job.name(), job.definition(), firing.firing(), end));
      pending.remove(firing);
      applied.record(job, firing.firing());
      outcome(firing, Outcome.APPLIED, result.message());
      for (AppliedFirings.Applied later : applied.laterThan(firing.key(), firing.firing())) {
        if (!pending.isPending(later.job().filterKey())) {
          // Until the replay succeeds, a restart must apply it again too.
          state.forgetSuccess(later.job().name());
          pending.offer(later.job(), later.firing(), end);
        }
      }
    }
    return result;
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
