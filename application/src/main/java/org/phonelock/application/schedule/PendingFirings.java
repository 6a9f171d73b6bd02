package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The firings waiting to be applied: at most one per set of filters, because a later firing for
 * the same lines supersedes an earlier one that has not succeeded yet (README, "Schedules").
 */
final class PendingFirings {
  private final Schedule schedule;
  private final Map<FilterKey, PendingFiring> byKey = new HashMap<>();

  PendingFirings(Schedule schedule) {
    this.schedule = requireNonNull(schedule, "schedule");
  }

  /**
   * Adds a firing, to be attempted at once, unless the same firing is already pending.
   *
   * @return the firing that lost to a later one for the same filters: the one pending before,
   *     or the offered one when the pending one is later (or as late and further down the file)
   */
  Optional<PendingFiring> offer(ScheduleJob job, Instant firing, Instant now) {
    PendingFiring candidate = new PendingFiring(job, firing, now);
    PendingFiring current = byKey.get(candidate.key());
    if (current == null) {
      byKey.put(candidate.key(), candidate);
      return Optional.empty();
    }
    if (current.job().equals(job) && current.firing().equals(firing)) {
      return Optional.empty();
    }
    if (order().compare(current, candidate) >= 0) {
      return Optional.of(candidate);
    }
    byKey.put(candidate.key(), candidate);
    return Optional.of(current);
  }

  /** The firing pending for a set of filters, if any. */
  Optional<PendingFiring> pendingFor(FilterKey key) {
    return Optional.ofNullable(byKey.get(key));
  }

  boolean isPending(FilterKey key) {
    return byKey.containsKey(key);
  }

  void remove(PendingFiring firing) {
    byKey.remove(firing.key(), firing);
  }

  /** The firings whose next attempt is due, earliest firing first (see {@link #order()}). */
  List<PendingFiring> due(Instant now) {
    List<PendingFiring> due = new ArrayList<>();
    for (PendingFiring firing : byKey.values()) {
      if (!firing.nextAttempt().isAfter(now)) {
        due.add(firing);
      }
    }
    due.sort(order());
    return due;
  }

  /** The earliest next attempt, if anything is pending. */
  Optional<Instant> nextAttempt() {
    return byKey.values().stream().map(PendingFiring::nextAttempt).min(Comparator.naturalOrder());
  }

  boolean isEmpty() {
    return byKey.isEmpty();
  }

  /**
   * Firing order: by instant, then by position in the file. Applying in this order makes lines
   * that several filter sets select end in the state of the latest firing.
   */
  private Comparator<PendingFiring> order() {
    return Comparator.comparing(PendingFiring::firing)
        .thenComparing(p -> schedule.indexOf(p.job()));
  }
}
