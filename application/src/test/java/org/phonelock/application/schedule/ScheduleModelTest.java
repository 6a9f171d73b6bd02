package org.phonelock.application.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.phonelock.application.schedule.Jobs.department;
import static org.phonelock.application.schedule.Jobs.lock;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The schedule model refuses what the schedule file must not express. */
class ScheduleModelTest {
  @Test
  void jobNamesAreShortWordsWithoutSpacesOrControlCharacters() {
    assertThat(ScheduleJob.isValidName("rd-night")).isTrue();
    assertThat(ScheduleJob.isValidName("Verkäufe.2")).isTrue();
    assertThat(ScheduleJob.isValidName("")).isFalse();
    assertThat(ScheduleJob.isValidName("-night")).isFalse();
    assertThat(ScheduleJob.isValidName("rd night")).isFalse();
    assertThat(ScheduleJob.isValidName("rd\nnight")).isFalse();
    assertThat(ScheduleJob.isValidName("x".repeat(65))).isFalse();
    assertThatThrownBy(() -> lock("rd night", TestCron.daily("19:00"), department("R&D")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'rd night'");
  }

  @Test
  void aScheduleNeedsARegionZoneJobsAndDistinctNames() {
    ScheduleJob night = lock("night", TestCron.daily("19:00"), department("R&D"));
    ScheduleJob other = lock("NIGHT", TestCron.daily("20:00"), department("Sales"));
    assertThatThrownBy(() -> new Schedule(ZoneOffset.ofHours(2), ImmutableList.of(night)))
        .hasMessageContaining("IANA");
    assertThatThrownBy(() -> new Schedule(ZoneId.of("Europe/Rome"), ImmutableList.of()))
        .hasMessageContaining("at least one job");
    assertThatThrownBy(() -> new Schedule(ZoneId.of("Europe/Rome"), ImmutableList.of(night, other)))
        .hasMessageContaining("'NIGHT' is used twice");
  }

  @Test
  void dateRangesAreInclusiveAndOrdered() {
    DateRange christmas = new DateRange(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 26));
    assertThat(christmas.contains(LocalDate.of(2026, 12, 24))).isTrue();
    assertThat(christmas.contains(LocalDate.of(2026, 12, 26))).isTrue();
    assertThat(christmas.contains(LocalDate.of(2026, 12, 27))).isFalse();
    assertThat(christmas).hasToString("2026-12-24..2026-12-26");
    assertThat(DateRange.of(LocalDate.of(2027, 1, 1))).hasToString("2027-01-01");
    assertThatThrownBy(() -> new DateRange(LocalDate.of(2026, 12, 26), LocalDate.of(2026, 12, 24)))
        .hasMessageContaining("ends before it starts");
  }

  @Test
  void backoffDoublesAndIsCapped() {
    RetryBackoff backoff = RetryBackoff.DEFAULT;
    assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(backoff.after(5)).isEqualTo(Duration.ofSeconds(480));
    assertThat(backoff.after(6)).isEqualTo(Duration.ofMinutes(10));
    assertThat(backoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(10));
    assertThatThrownBy(() -> backoff.after(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryBackoff(Duration.ZERO, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void filterKeysIgnoreCaseOfValuesOnly() {
    assertThat(FilterKey.of(department("R&D"))).isEqualTo(FilterKey.of(department("r&d")));
    assertThat(FilterKey.of(department("R&D"))).isNotEqualTo(FilterKey.of(department("R & D")));
  }
}
