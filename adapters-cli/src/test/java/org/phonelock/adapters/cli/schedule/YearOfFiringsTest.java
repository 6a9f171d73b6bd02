package org.phonelock.adapters.cli.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.application.schedule.JobSender;
import org.phonelock.application.schedule.JobSuccess;
import org.phonelock.application.schedule.RetryBackoff;
import org.phonelock.application.schedule.RunSettings;
import org.phonelock.application.schedule.Schedule;
import org.phonelock.application.schedule.ScheduleJob;
import org.phonelock.application.schedule.ScheduleRunner;
import org.phonelock.application.port.out.ScheduleStateStore;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;
import org.phonelock.application.port.in.RunSchedule;

/**
 * A whole year of firings with the real cron adapter on a simulated clock (README,
 * "What runs when"): each firing exactly once, at the instant the DST rules give, in three zones
 * including Lord Howe's 30-minute shift.
 */
class YearOfFiringsTest {
  private static final Predicate<LocalDate> WEEKDAYS =
      d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
  private static final Predicate<LocalDate> EVERY_DAY = d -> true;

  /** The rule as the README states it, with the JDK's own overlap and gap helpers. */
  private static Instant expectedInstant(LocalDateTime local, ZoneId zone) {
    ZoneOffsetTransition transition = zone.getRules().getTransition(local);
    if (transition != null && transition.isGap()) {
      return transition.getInstant();
    }
    return local.atZone(zone).withEarlierOffsetAtOverlap().toInstant();
  }

  private static List<Instant> expected(ZoneId zone, Predicate<LocalDate> days,
      List<LocalTime> times, Instant from, Instant to) {
    TreeSet<Instant> instants = new TreeSet<>();
    for (LocalDate day = LocalDate.of(2025, 12, 31); !day.isAfter(LocalDate.of(2027, 1, 1)); day = day.plusDays(1)) {
      if (days.test(day)) {
        for (LocalTime time : times) {
          Instant instant = expectedInstant(day.atTime(time), zone);
          if (instant.isAfter(from) && !instant.isAfter(to)) {
            instants.add(instant);
          }
        }
      }
    }
    return List.copyOf(instants);
  }

  private static ScheduleJob job(String name, PhoneLockAction action, String cron, String dept) {
    return new ScheduleJob(name, action, PhoneLockCommand.matching(
        Filter.builder().put("department", dept).build()), CronUtilsRule.parse(cron),
        ImmutableList.of());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // zone, a local time DST skips, a local time DST repeats, the gap's first instant after
    "Europe/Rome, 02:30, 02:30, 2026-03-29T01:00:00Z",
    "America/New_York, 02:30, 01:30, 2026-03-08T07:00:00Z",
    "Australia/Lord_Howe, 02:15, 01:45, 2026-10-03T15:30:00Z",
  })
  void everyFiringOfAYearHappensExactlyOnce(String zoneId, LocalTime skipped, LocalTime repeated,
      Instant gapEnd) throws InterruptedException {
    ZoneId zone = ZoneId.of(zoneId);
    Schedule schedule = new Schedule(zone, ImmutableList.of(
        job("night", PhoneLockAction.LOCK, "0 19 * * MON-FRI", "A"),
        job("morning", PhoneLockAction.UNLOCK, "30 7 * * MON-FRI", "A"),
        job("skipped", PhoneLockAction.LOCK, skipped.getMinute() + " " + skipped.getHour()
            + " * * *", "B"),
        job("repeated", PhoneLockAction.LOCK, repeated.getMinute() + " " + repeated.getHour()
            + " * * *", "C"),
        job("quarter", PhoneLockAction.LOCK, "*/15 * * * *", "D")));
    Instant start = LocalDate.of(2026, 1, 1).atStartOfDay(zone).toInstant();
    Instant end = LocalDate.of(2027, 1, 1).atStartOfDay(zone).toInstant();
    SimulatedClock clock = new SimulatedClock(start);
    Map<String, List<Instant>> sent = new HashMap<>();
    JobSender sender = new JobSender(
        c -> record(sent, clock, PhoneLockAction.LOCK, c),
        c -> record(sent, clock, PhoneLockAction.UNLOCK, c));
    new ScheduleRunner(schedule,
        List.of(new RunSchedule.Target("https://ias.example.com", sender, new MemoryState())),
        record -> { }, clock, clock.sleeper(),
        // The loop wakes at each firing whatever its period; an hour keeps a year quick to run.
        new RunSettings(RetryBackoff.DEFAULT, Duration.ofHours(1)))
        .run(false, () -> clock.instant().isAfter(end));

    List<LocalTime> quarters = new ArrayList<>();
    for (int minute = 0; minute < 24 * 60; minute += 15) {
      quarters.add(LocalTime.MIDNIGHT.plusMinutes(minute));
    }
    assertThat(sent.get("lock A")).isEqualTo(
        expected(zone, WEEKDAYS, List.of(LocalTime.of(19, 0)), start, end)).hasSize(261);
    assertThat(sent.get("unlock A")).isEqualTo(
        expected(zone, WEEKDAYS, List.of(LocalTime.of(7, 30)), start, end)).hasSize(261);
    assertThat(sent.get("lock B")).isEqualTo(expected(zone, EVERY_DAY, List.of(skipped), start,
        end)).hasSize(365).contains(gapEnd);
    assertThat(sent.get("lock C")).isEqualTo(expected(zone, EVERY_DAY, List.of(repeated), start,
        end)).hasSize(365);
    List<Instant> quarterly = expected(zone, EVERY_DAY, quarters, start, end);
    assertThat(sent.get("lock D")).doesNotHaveDuplicates().containsExactlyElementsOf(quarterly);
    // A 60-minute gap merges 4 skipped quarters into the firing at its end; 30 minutes, 2.
    int merged = zoneId.equals("Australia/Lord_Howe") ? 2 : 4;
    assertThat(quarterly).hasSize(365 * 96 - merged);
  }

  private static PhoneLockResult record(Map<String, List<Instant>> sent, SimulatedClock clock,
      PhoneLockAction action, PhoneLockCommand command) {
    String key = action.name().toLowerCase(java.util.Locale.ROOT) + " "
        + command.filter().value(org.phonelock.domain.FilterField.DEPARTMENT).orElseThrow();
    sent.computeIfAbsent(key, k -> new ArrayList<>()).add(clock.instant());
    return new PhoneLockResult.Applied(action, command.filter(), Optional.empty());
  }

  /** The state store in memory. */
  static final class MemoryState implements ScheduleStateStore {
    private final Map<String, JobSuccess> successes = new HashMap<>();

    @Override
    public Optional<JobSuccess> lastSuccess(String job) {
      return Optional.ofNullable(successes.get(job));
    }

    @Override
    public void recordSuccess(JobSuccess success) {
      successes.put(success.job(), success);
    }

    @Override
    public void forgetSuccess(String job) {
      successes.remove(job);
    }
  }
}
