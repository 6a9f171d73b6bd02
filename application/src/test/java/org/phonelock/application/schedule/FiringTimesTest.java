package org.phonelock.application.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phonelock.application.schedule.Jobs.department;
import static org.phonelock.application.schedule.Jobs.lock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phonelock.application.port.out.CronRule;

/** The DST and holiday rules of issue "Schedules" on single firings. */
class FiringTimesTest {
  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  private static List<String> firings(String zone, CronRule cron, String from, String to,
      DateRange... except) {
    FiringTimes times = new FiringTimes(ZoneId.of(zone));
    ScheduleJob job = lock("job", cron, department("R&D"), except);
    List<String> shown = new ArrayList<>();
    Optional<Firing> next = times.nextAfter(job, at(from));
    while (next.isPresent() && !next.get().instant().isAfter(at(to))) {
      shown.add(next.get().time().toOffsetDateTime() + (next.get().movedByDst() ? " moved" : ""));
      next = times.nextAfter(job, next.get().instant());
    }
    return shown;
  }

  @ParameterizedTest(name = "{0}: {1} on {2} fires at {3}")
  @CsvSource({
    // DST gaps: the skipped local time fires at the first instant after the gap.
    "Europe/Rome, 02:30, 2026-03-29, 2026-03-29T03:00+02:00 moved",
    "America/New_York, 02:30, 2026-03-08, 2026-03-08T03:00-04:00 moved",
    "Australia/Lord_Howe, 02:15, 2026-10-04, 2026-10-04T02:30+11:00 moved",
    // DST overlaps: the repeated local time fires once, at its first occurrence.
    "Europe/Rome, 02:30, 2026-10-25, 2026-10-25T02:30+02:00",
    "America/New_York, 01:30, 2026-11-01, 2026-11-01T01:30-04:00",
    "Australia/Lord_Howe, 01:45, 2026-04-05, 2026-04-05T01:45+11:00",
  })
  void dstNightsFireExactlyOnce(String zone, String time, LocalDate day, String expected) {
    ZoneId id = ZoneId.of(zone);
    String dayBefore = day.atStartOfDay(id).toOffsetDateTime().toString();
    String dayAfter = day.plusDays(1).atStartOfDay(id).toOffsetDateTime().toString();
    List<String> shown = firings(zone, TestCron.daily(time), dayBefore, dayAfter);
    assertThat(shown).hasSize(1);
    assertThat(shown.get(0)).isEqualTo(expected);
  }

  @Test
  void severalMatchesInOneGapFireOnceAtItsEnd() {
    assertThat(firings("Europe/Rome", TestCron.everyMinutes(15),
            "2026-03-29T01:15+01:00", "2026-03-29T03:30+02:00"))
        .containsExactly("2026-03-29T01:30+01:00", "2026-03-29T01:45+01:00",
            "2026-03-29T03:00+02:00 moved", "2026-03-29T03:15+02:00", "2026-03-29T03:30+02:00");
  }

  @Test
  void theRepeatedHourFiresOnlyOnItsFirstPass() {
    assertThat(firings("Europe/Rome", TestCron.everyMinutes(30),
            "2026-10-25T01:00+02:00", "2026-10-25T03:30+01:00"))
        .containsExactly("2026-10-25T01:30+02:00", "2026-10-25T02:00+02:00",
            "2026-10-25T02:30+02:00", "2026-10-25T03:00+01:00", "2026-10-25T03:30+01:00");
  }

  @Test
  void aSearchStartingInTheSecondPassDoesNotFireTheRepeatedTimesAgain() {
    FiringTimes times = new FiringTimes(ZoneId.of("America/New_York"));
    ScheduleJob job = lock("job", TestCron.everyMinutes(15), department("R&D"));
    // 01:10 EST is in the second pass of 01:00-02:00 on 2026-11-01.
    Firing next = times.nextAfter(job, at("2026-11-01T01:10-05:00")).orElseThrow();
    assertThat(next.time().toOffsetDateTime()).hasToString("2026-11-01T02:00-05:00");
  }

  @Test
  void exceptDatesAndRangesDoNotFire() {
    DateRange christmas = new DateRange(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 26));
    DateRange newYear = DateRange.of(LocalDate.of(2027, 1, 1));
    assertThat(firings("Europe/Rome", TestCron.weekdays("07:30"), "2026-12-22T12:00Z",
            "2027-01-05T00:00Z", christmas, newYear))
        .containsExactly("2026-12-23T07:30+01:00", "2026-12-28T07:30+01:00",
            "2026-12-29T07:30+01:00", "2026-12-30T07:30+01:00", "2026-12-31T07:30+01:00",
            "2027-01-04T07:30+01:00");
  }

  @Test
  void latestPastFiringSkipsExceptDatesAndFindsOldFirings() {
    FiringTimes times = new FiringTimes(ZoneId.of("Europe/Rome"));
    ScheduleJob unlock = Jobs.unlock("morning", TestCron.weekdays("07:30"), department("R&D"),
        DateRange.of(LocalDate.of(2026, 12, 25)));
    assertThat(times.latestAtOrBefore(unlock, at("2026-12-25T10:00+01:00")).orElseThrow()
        .time().toOffsetDateTime()).hasToString("2026-12-24T07:30+01:00");
    assertThat(times.latestAtOrBefore(unlock, at("2026-12-24T07:30+01:00")).orElseThrow()
        .time().toOffsetDateTime()).hasToString("2026-12-24T07:30+01:00");
    ScheduleJob never = lock("never", TestCron.never(), department("R&D"));
    assertThat(times.latestAtOrBefore(never, at("2026-12-25T10:00+01:00"))).isEmpty();
    assertThat(times.nextAfter(never, at("2026-12-25T10:00+01:00"))).isEmpty();
  }

  @Test
  void aJobExceptedForeverNeverFiresAgain() {
    FiringTimes times = new FiringTimes(ZoneId.of("Europe/Rome"));
    ScheduleJob job = lock("job", TestCron.daily("19:00"), department("R&D"),
        new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2999, 12, 31)));
    assertThat(times.nextAfter(job, at("2026-06-01T00:00Z"))).isEmpty();
  }
}
