package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/** A firing not yet applied, with its attempts so far. Mutable; owned by {@link PendingFirings}. */
final class PendingFiring {
  private final ScheduleJob job;
  private final Instant firing;
  private int attempts;
  private Instant firstAttempt;
  private Instant nextAttempt;

  PendingFiring(ScheduleJob job, Instant firing, Instant nextAttempt) {
    this.job = requireNonNull(job, "job");
    this.firing = requireNonNull(firing, "firing");
    this.nextAttempt = requireNonNull(nextAttempt, "nextAttempt");
  }

  ScheduleJob job() {
    return job;
  }

  Instant firing() {
    return firing;
  }

  FilterKey key() {
    return job.filterKey();
  }

  int attempts() {
    return attempts;
  }

  Optional<Instant> firstAttempt() {
    return Optional.ofNullable(firstAttempt);
  }

  Instant nextAttempt() {
    return nextAttempt;
  }

  void attempted(Instant startedAt) {
    attempts++;
    if (firstAttempt == null) {
      firstAttempt = startedAt;
    }
  }

  void retryAt(Instant when) {
    nextAttempt = requireNonNull(when, "when");
  }
}
