package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Optional;

/**
 * When jobs fire, with the DST rules of README, "Schedules": a matched local time that DST skips
 * fires at the first instant after the gap; a local time that occurs twice fires once, at its
 * first occurrence. A job fires at most once per instant, so several matches inside one gap
 * (e.g. every 15 minutes) fire once, at the end of the gap. A match on an {@code except} date
 * (the match's own calendar date) does not fire.
 */
public final class FiringTimes {
  /** How far ahead a search goes before it concludes that a job never fires again. */
  private static final int HORIZON_YEARS = 10;

  /** Look-back windows for the latest past firing; each is 8 times the previous one. */
  private static final List<Duration> LOOK_BACK =
      List.of(Duration.ofHours(1), Duration.ofHours(8), Duration.ofHours(64),
          Duration.ofHours(512), Duration.ofHours(4096), Duration.ofHours(32768),
          Duration.ofHours(262144));

  private final ZoneId zone;

  /**
   * Creates the calculator.
   *
   * @param zone the schedule's time zone
   */
  public FiringTimes(ZoneId zone) {
    this.zone = requireNonNull(zone, "zone");
  }

  /**
   * The first firing of a job strictly after an instant.
   *
   * @param job the job
   * @param after any instant
   * @return the firing, or empty when the job does not fire within ten years
   */
  public Optional<Firing> nextAfter(ScheduleJob job, Instant after) {
    LocalDateTime cursor = LocalDateTime.ofInstant(after, zone);
    LocalDateTime horizon = cursor.plusYears(HORIZON_YEARS);
    while (true) {
      Optional<LocalDateTime> match = job.cron().nextMatchAfter(cursor);
      if (match.isEmpty() || match.get().isAfter(horizon)) {
        return Optional.empty();
      }
      LocalDateTime nominal = match.get();
      Optional<DateRange> holiday =
          job.except().stream().filter(r -> r.contains(nominal.toLocalDate())).findFirst();
      if (holiday.isPresent()) {
        if (!holiday.get().last().isBefore(horizon.toLocalDate())) {
          return Optional.empty();
        }
        cursor = holiday.get().last().atTime(LocalTime.MAX);
        continue;
      }
      ZonedDateTime time = resolve(nominal);
      // Skips matches already passed: the first occurrence of a repeated hour, and matches
      // that a DST gap moved onto an instant that fired already.
      if (time.toInstant().isAfter(after)) {
        return Optional.of(new Firing(job, nominal, time));
      }
      cursor = nominal;
    }
  }

  /**
   * The latest firing of a job at or before an instant, looking back at most about 30 years.
   *
   * @param job the job
   * @param at any instant
   * @return the firing, or empty when the job did not fire in that time
   */
  public Optional<Firing> latestAtOrBefore(ScheduleJob job, Instant at) {
    for (Duration window : LOOK_BACK) {
      Optional<Firing> latest = Optional.empty();
      Optional<Firing> next = nextAfter(job, at.minus(window));
      while (next.isPresent() && !next.get().instant().isAfter(at)) {
        latest = next;
        next = nextAfter(job, next.get().instant());
      }
      if (latest.isPresent()) {
        return latest;
      }
    }
    return Optional.empty();
  }

  /**
   * Maps a wall-clock match to the instant it fires.
   *
   * @param nominal a local date-time in this zone
   * @return the date-time itself when it exists once; its first occurrence when DST repeats
   *     it; the first instant after the gap when DST skips it
   */
  public ZonedDateTime resolve(LocalDateTime nominal) {
    ZoneRules rules = zone.getRules();
    List<ZoneOffset> offsets = rules.getValidOffsets(nominal);
    if (offsets.isEmpty()) {
      return rules.getTransition(nominal).getInstant().atZone(zone);
    }
    // In an overlap the first valid offset is the one before the transition: first occurrence.
    return ZonedDateTime.ofLocal(nominal, zone, offsets.get(0));
  }
}
