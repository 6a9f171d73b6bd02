package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.phonelock.application.port.out.ScheduleStateStore;

/**
 * What a start must apply (README, "Schedules": "for each set of filters, the latest firing in the
 * past decides the state to apply now"): for each set of filters, the latest past firing of its
 * jobs ({@code except} dates do not fire, so they do not count), unless the state store shows
 * that firing already succeeded.
 */
public final class CatchUpPlanner {
  private final Schedule schedule;
  private final FiringTimes times;
  private final ScheduleStateStore state;

  /**
   * Creates the planner.
   *
   * @param schedule the schedule
   * @param state the last success of each job
   */
  public CatchUpPlanner(Schedule schedule, ScheduleStateStore state) {
    this.schedule = requireNonNull(schedule, "schedule");
    this.times = new FiringTimes(schedule.zone());
    this.state = requireNonNull(state, "state");
  }

  /**
   * The firings to apply now.
   *
   * @param now the current instant
   * @return at most one firing per set of filters, earliest first; ties between jobs of one set
   *     go to the later job in the file
   */
  public List<Firing> plan(Instant now) {
    Map<FilterKey, Firing> latest = new LinkedHashMap<>();
    for (ScheduleJob job : schedule.jobs()) {
      Optional<Firing> firing = times.latestAtOrBefore(job, now);
      // Later jobs in the file replace earlier ones on equal instants (!isBefore).
      firing.ifPresent(f -> latest.merge(job.filterKey(), f,
          (old, mine) -> mine.instant().isBefore(old.instant()) ? old : mine));
    }
    List<Firing> plan = new ArrayList<>();
    for (Firing firing : latest.values()) {
      boolean done = state.lastSuccess(firing.job().name())
          .map(s -> s.covers(firing.job(), firing.instant()))
          .orElse(false);
      if (!done) {
        plan.add(firing);
      }
    }
    plan.sort(Comparator.comparing(Firing::instant)
        .thenComparing(f -> schedule.indexOf(f.job())));
    return plan;
  }
}
