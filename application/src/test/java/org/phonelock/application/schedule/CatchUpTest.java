package org.phonelock.application.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phonelock.application.schedule.Jobs.department;
import static org.phonelock.application.schedule.Jobs.departmentAndField1;
import static org.phonelock.application.schedule.Jobs.lock;
import static org.phonelock.application.schedule.Jobs.schedule;
import static org.phonelock.application.schedule.Jobs.unlock;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Catch-up after downtime (README, "What runs when": the latest past firing per filter set). */
class CatchUpTest {
  private static final Schedule NIGHT_AND_MORNING = schedule("Europe/Rome",
      lock("rd-night", TestCron.weekdays("19:00"), department("R&D")),
      unlock("rd-morning", TestCron.weekdays("07:30"), department("R&D")));

  @Test
  void theLatestPastFiringOfEachFilterSetIsAppliedOnceAndNotRedoneAfterARestart() {
    RunnerFixture fixture = new RunnerFixture(NIGHT_AND_MORNING, "2026-06-10T10:00+02:00");
    List<FiringResult> results = fixture.once();
    assertThat(fixture.requests())
        .containsExactly("2026-06-10T10:00+02:00 Unlock department=\"R&D\"");
    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.job().name()).isEqualTo("rd-morning");
      assertThat(r.result().applied()).isTrue();
    });
    assertThat(fixture.state.lastSuccess("rd-morning")).isPresent();

    fixture.at("2026-06-10T18:59+02:00");
    assertThat(fixture.once()).isEmpty();
    fixture.at("2026-06-10T19:04+02:00");
    fixture.once();
    assertThat(fixture.requests()).hasSize(2)
        .last().isEqualTo("2026-06-10T19:04+02:00 Lock department=\"R&D\"");
  }

  @Test
  void aLongDowntimeAppliesOnlyTheLatestFiringNotEveryMissedOne() throws Exception {
    RunnerFixture fixture = new RunnerFixture(NIGHT_AND_MORNING, "2026-06-01T06:00+02:00");
    fixture.once();
    // A week off, then a start on Saturday: Friday's lock is the state to apply.
    fixture.at("2026-06-13T09:00+02:00");
    fixture.once();
    assertThat(fixture.requests()).containsExactly(
        "2026-06-01T06:00+02:00 Lock department=\"R&D\"",
        "2026-06-13T09:00+02:00 Lock department=\"R&D\"");
  }

  @Test
  void catchUpInTheRunLoopIsOptional() throws Exception {
    RunnerFixture fixture = new RunnerFixture(NIGHT_AND_MORNING, "2026-06-10T10:00+02:00");
    fixture.runUntil("2026-06-10T18:00+02:00", false);
    assertThat(fixture.requests()).isEmpty();
    fixture.at("2026-06-10T10:00+02:00");
    fixture.runUntil("2026-06-10T18:00+02:00", true);
    assertThat(fixture.requests())
        .containsExactly("2026-06-10T10:00+02:00 Unlock department=\"R&D\"");
  }

  @Test
  void overlappingFilterSetsAreCaughtUpInFiringOrder() {
    RunnerFixture fixture = new RunnerFixture(schedule("Europe/Rome",
            unlock("example1-morning", TestCron.weekdays("07:30"),
                departmentAndField1("R&D", "Example1")),
            lock("rd-night", TestCron.weekdays("19:00"), department("R&D"))),
        "2026-06-10T10:00+02:00");
    fixture.once();
    // Tuesday 19:00 locked all of R&D, Wednesday 07:30 unlocked the Example1 lines: in that order.
    assertThat(fixture.requests()).containsExactly(
        "2026-06-10T10:00+02:00 Lock department=\"R&D\"",
        "2026-06-10T10:00+02:00 Unlock department=\"R&D\" customField1=\"Example1\"");
  }

  @Test
  void filterValuesThatDifferOnlyInCaseAreOneFilterSet() {
    RunnerFixture fixture = new RunnerFixture(schedule("Europe/Rome",
            lock("night", TestCron.weekdays("19:00"), department("R&D")),
            unlock("morning", TestCron.weekdays("07:30"), department("r&d"))),
        "2026-06-10T10:00+02:00");
    fixture.once();
    assertThat(fixture.requests())
        .containsExactly("2026-06-10T10:00+02:00 Unlock department=\"r&d\"");
  }

  @Test
  void exceptDatesDoNotCountForCatchUpSoTheHolidayKeepsPhonesLocked() {
    RunnerFixture fixture = new RunnerFixture(schedule("Europe/Rome",
            lock("rd-night", TestCron.weekdays("19:00"), department("R&D")),
            unlock("rd-morning", TestCron.weekdays("07:30"), department("R&D"),
                DateRange.of(LocalDate.of(2026, 12, 25)))),
        "2026-12-25T10:00+01:00");
    fixture.once();
    assertThat(fixture.requests())
        .containsExactly("2026-12-25T10:00+01:00 Lock department=\"R&D\"");
  }

  @Test
  void aSuccessOfAnEditedJobDoesNotCountForItsNewDefinition() {
    RunnerFixture fixture = new RunnerFixture(NIGHT_AND_MORNING, "2026-06-10T10:00+02:00");
    fixture.once();
    Schedule edited = schedule("Europe/Rome",
        lock("rd-night", TestCron.weekdays("19:00"), department("R&D")),
        unlock("rd-morning", TestCron.weekdays("07:30"), department("Sales")));
    RunnerFixture after = new RunnerFixture(edited, "2026-06-10T10:05+02:00");
    after.state.successes.putAll(fixture.state.successes);
    after.once();
    // rd-morning's success was for R&D: the edited job's Sales firing is still to do, and R&D
    // is now only rd-night's, whose Tuesday lock never ran.
    assertThat(after.requests()).containsExactly(
        "2026-06-10T10:05+02:00 Lock department=\"R&D\"",
        "2026-06-10T10:05+02:00 Unlock department=\"Sales\"");
  }

  @Test
  void aLaterFiringOfAnOverlappingSetIsAppliedAgainAfterAnEarlierOneCaughtUp() {
    Schedule schedule = schedule("Europe/Rome",
        lock("rd-night", TestCron.weekdays("19:00"), department("R&D")),
        unlock("example1-morning", TestCron.weekdays("07:30"),
            departmentAndField1("R&D", "Example1")));
    RunnerFixture fixture = new RunnerFixture(schedule, "2026-06-10T10:00+02:00");
    ScheduleJob morning = schedule.jobs().get(1);
    fixture.state.recordSuccess(new JobSuccess(morning.name(), morning.definition(),
        java.time.OffsetDateTime.parse("2026-06-10T07:30+02:00").toInstant(),
        java.time.OffsetDateTime.parse("2026-06-10T07:30+02:00").toInstant()));
    // The Example1 unlock will fail this time: a restart must still know it is owed.
    fixture.server.answering(r -> r.action() == org.phonelock.domain.PhoneLockAction.UNLOCK
        ? java.util.Optional.of(ScriptedServer.unavailable503()) : java.util.Optional.empty());
    fixture.once();
    assertThat(fixture.requests()).containsExactly(
        "2026-06-10T10:00+02:00 Lock department=\"R&D\"",
        "2026-06-10T10:00+02:00 Unlock department=\"R&D\" customField1=\"Example1\"");
    assertThat(fixture.state.lastSuccess("example1-morning")).isEmpty();

    fixture.server.answering(r -> java.util.Optional.empty());
    fixture.at("2026-06-10T10:05+02:00");
    fixture.once();
    assertThat(fixture.requests()).hasSize(3).last().isEqualTo(
        "2026-06-10T10:05+02:00 Unlock department=\"R&D\" customField1=\"Example1\"");
  }
}
