package org.phonelock.application.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phonelock.application.schedule.Jobs.department;
import static org.phonelock.application.schedule.Jobs.lock;

import java.time.Instant;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** nextAfter and latestAtOrBefore agree with each other at arbitrary instants and zones. */
class FiringTimesPropertiesTest {
  @Provide
  Arbitrary<String> zones() {
    return Arbitraries.of("Europe/Rome", "America/New_York", "Australia/Lord_Howe",
        "America/Santiago", "Asia/Tokyo");
  }

  @Provide
  Arbitrary<String> times() {
    return Arbitraries.of("00:00", "01:30", "01:45", "02:00", "02:15", "02:30", "03:00",
        "07:30", "19:00", "23:59");
  }

  @Property(tries = 2000)
  void theNextFiringIsTheFirstAfterTheInstantAndTheLatestAtItself(
      @ForAll("zones") String zone,
      @ForAll("times") String time,
      @ForAll @LongRange(min = 1_767_225_600L, max = 1_798_761_600L) long epochSecond) {
    FiringTimes times = new FiringTimes(ZoneId.of(zone));
    ScheduleJob job = lock("job", TestCron.daily(time), department("R&D"));
    Instant t = Instant.ofEpochSecond(epochSecond);
    Firing next = times.nextAfter(job, t).orElseThrow();
    assertThat(next.instant()).isAfter(t);
    assertThat(times.latestAtOrBefore(job, next.instant())).contains(next);
    times.latestAtOrBefore(job, next.instant().minusNanos(1))
        .ifPresent(previous -> assertThat(previous.instant()).isBeforeOrEqualTo(t));
    // A daily job fires on the calendar day of its match, DST or not.
    assertThat(next.time().toLocalDate()).isEqualTo(next.nominal().toLocalDate());
  }
}
