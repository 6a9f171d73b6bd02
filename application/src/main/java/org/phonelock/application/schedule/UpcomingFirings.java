package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** The next firings of a whole schedule, in time order ({@code phonelock schedule next}). */
public final class UpcomingFirings {
  private final Schedule schedule;
  private final FiringTimes times;

  /**
   * Creates the listing.
   *
   * @param schedule the schedule
   */
  public UpcomingFirings(Schedule schedule) {
    this.schedule = requireNonNull(schedule, "schedule");
    this.times = new FiringTimes(schedule.zone());
  }

  /**
   * The first {@code count} firings at or after an instant, over all jobs; firings at the same
   * instant come in file order.
   *
   * @param from the first instant that counts
   * @param count how many, 1 or more
   * @return up to {@code count} firings; fewer when jobs stop firing within ten years
   * @throws IllegalArgumentException when {@code count} is less than 1
   */
  public List<Firing> from(Instant from, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be 1 or more, was " + count);
    }
    Comparator<Firing> order =
        Comparator.comparing(Firing::instant).thenComparing(f -> schedule.indexOf(f.job()));
    PriorityQueue<Firing> queue = new PriorityQueue<>(order);
    Instant justBefore = from.minusNanos(1);
    for (ScheduleJob job : schedule.jobs()) {
      times.nextAfter(job, justBefore).ifPresent(queue::add);
    }
    List<Firing> firings = new ArrayList<>();
    while (firings.size() < count && !queue.isEmpty()) {
      Firing firing = queue.poll();
      firings.add(firing);
      times.nextAfter(firing.job(), firing.instant()).ifPresent(queue::add);
    }
    return firings;
  }
}
