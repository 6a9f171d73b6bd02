package org.phonelock.application.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.phonelock.application.port.out.CronRule;

/**
 * A wall-clock rule for tests of the application layer, which must not depend on the cron
 * library: fixed times of day on some days of the week.
 */
final class TestCron implements CronRule {
  private final TreeSet<LocalTime> times;
  private final Set<DayOfWeek> days;
  private final String text;

  private TestCron(Set<LocalTime> times, Set<DayOfWeek> days, String text) {
    this.times = new TreeSet<>(times);
    this.days = EnumSet.copyOf(days);
    this.text = text;
  }

  static TestCron daily(String time) {
    return new TestCron(Set.of(LocalTime.parse(time)), EnumSet.allOf(DayOfWeek.class),
        "daily " + time);
  }

  static TestCron weekdays(String time) {
    return new TestCron(Set.of(LocalTime.parse(time)),
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "weekdays " + time);
  }

  static TestCron everyMinutes(int step) {
    TreeSet<LocalTime> all = new TreeSet<>();
    for (int minute = 0; minute < 24 * 60; minute += step) {
      all.add(LocalTime.MIDNIGHT.plusMinutes(minute));
    }
    return new TestCron(all, EnumSet.allOf(DayOfWeek.class), "every " + step + " minutes");
  }

  static CronRule never() {
    return new CronRule() {
      @Override
      public Optional<LocalDateTime> nextMatchAfter(LocalDateTime after) {
        return Optional.empty();
      }

      @Override
      public String expression() {
        return "never";
      }
    };
  }

  @Override
  public Optional<LocalDateTime> nextMatchAfter(LocalDateTime after) {
    LocalDate day = after.toLocalDate();
    for (int i = 0; i < 8; i++, day = day.plusDays(1)) {
      if (!days.contains(day.getDayOfWeek())) {
        continue;
      }
      for (LocalTime time : times) {
        LocalDateTime candidate = day.atTime(time);
        if (candidate.isAfter(after)) {
          return Optional.of(candidate.truncatedTo(ChronoUnit.MINUTES));
        }
      }
    }
    return Optional.empty();
  }

  List<LocalTime> times() {
    return List.copyOf(times);
  }

  @Override
  public String expression() {
    return text;
  }
}
