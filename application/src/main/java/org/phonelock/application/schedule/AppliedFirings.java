package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.phonelock.application.port.out.ScheduleStateStore;

/**
 * The latest applied firing of each set of filters. When a firing is applied late, after a later
 * firing of another set of filters, the two sets may share lines (say {@code department: R&D}
 * and {@code department: R&D, customField1: Example1}): the later firing must then be applied
 * again so that those lines end in its state. Filters cannot tell whether two sets overlap on
 * the server, so every later one is applied again; PUT is idempotent.
 */
final class AppliedFirings {
  /** A firing that was applied. */
  record Applied(ScheduleJob job, Instant firing) {}

  private final Map<FilterKey, Applied> latest = new HashMap<>();

  /** Starts from the state store's successes of the current jobs. */
  AppliedFirings(Schedule schedule, ScheduleStateStore state) {
    for (ScheduleJob job : schedule.jobs()) {
      state.lastSuccess(job.name())
          .filter(s -> s.definition().equals(job.definition()))
          .ifPresent(s -> record(job, s.firing()));
    }
  }

  void record(ScheduleJob job, Instant firing) {
    requireNonNull(firing, "firing");
    latest.merge(job.filterKey(), new Applied(job, firing),
        (old, now) -> now.firing().isBefore(old.firing()) ? old : now);
  }

  /** The applied firings of other filter sets that are later than {@code firing}. */
  List<Applied> laterThan(FilterKey key, Instant firing) {
    List<Applied> later = new ArrayList<>();
    latest.forEach((otherKey, applied) -> {
      if (!otherKey.equals(key) && applied.firing().isAfter(firing)) {
        later.add(applied);
      }
    });
    return later;
  }
}
