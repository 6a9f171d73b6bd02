package org.phonelock.application.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phonelock.application.schedule.Jobs.department;
import static org.phonelock.application.schedule.Jobs.departmentAndField1;
import static org.phonelock.application.schedule.Jobs.lock;
import static org.phonelock.application.schedule.Jobs.schedule;
import static org.phonelock.application.schedule.Jobs.unlock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.out.PhoneLockServerUnavailableException;
import org.phonelock.domain.PhoneLockAction;

/** The run loop on a simulated clock: firing, retries, supersession, holidays, replay. */
class RunLoopTest {
  private static final Schedule NIGHT_AND_MORNING = schedule("Europe/Rome",
      lock("rd-night", TestCron.weekdays("19:00"), department("R&D")),
      unlock("rd-morning", TestCron.weekdays("07:30"), department("R&D")));

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  @Test
  void aServerThatFailsTwiceWith503IsRetriedWithBackoffUntilItSucceeds() throws Exception {
    RunnerFixture fixture = new RunnerFixture(NIGHT_AND_MORNING, "2026-06-10T18:00+02:00");
    fixture.server.thenAnswer(2, ScriptedServer::unavailable503);
    fixture.runUntil("2026-06-10T20:00+02:00", false);
    assertThat(fixture.requests()).containsExactly(
        "2026-06-10T19:00+02:00 Lock department=\"R&D\"",
        "2026-06-10T19:00:30+02:00 Lock department=\"R&D\"",
        "2026-06-10T19:01:30+02:00 Lock department=\"R&D\"");
    assertThat(fixture.audit.attempts()).extracting(AuditRecord::outcome, AuditRecord::attempts)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Outcome.SERVER_ERROR, 1),
            org.assertj.core.groups.Tuple.tuple(Outcome.SERVER_ERROR, 2),
            org.assertj.core.groups.Tuple.tuple(Outcome.APPLIED, 3));
    AuditRecord outcome = fixture.audit.outcomes().get(0);
    assertThat(outcome.outcome()).isEqualTo(Outcome.APPLIED);
    assertThat(outcome.attempts()).isEqualTo(3);
    assertThat(outcome.duration()).isEqualTo(Duration.ofSeconds(90));
    assertThat(outcome.firing()).isEqualTo(at("2026-06-10T19:00+02:00"));
    assertThat(fixture.audit.attempts().get(0).message()).isEqualTo("503 Service Unavailable");
    assertThat(fixture.state.lastSuccess("rd-night").orElseThrow().firing())
        .isEqualTo(at("2026-06-10T19:00+02:00"));
  }

  @Test
  void backoffDoublesUpToItsCapAndALaterFiringForTheSameFiltersSupersedes() throws Exception {
    RunnerFixture fixture = new RunnerFixture(NIGHT_AND_MORNING, "2026-06-10T18:00+02:00");
    fixture.server.answering(r -> r.action() == PhoneLockAction.LOCK
        ? Optional.of(ScriptedServer.unavailable503()) : Optional.empty());
    fixture.runUntil("2026-06-11T08:00+02:00", false);
    List<Instant> lockTimes = fixture.server.requests.stream()
        .filter(r -> r.action() == PhoneLockAction.LOCK).map(ScriptedServer.Request::time)
        .toList();
    assertThat(Duration.between(lockTimes.get(0), lockTimes.get(1))).hasSeconds(30);
    assertThat(Duration.between(lockTimes.get(1), lockTimes.get(2))).hasSeconds(60);
    assertThat(Duration.between(lockTimes.get(5), lockTimes.get(6))).hasMinutes(10);
    assertThat(Duration.between(lockTimes.get(6), lockTimes.get(7))).hasMinutes(10);
    assertThat(lockTimes.get(lockTimes.size() - 1)).isBefore(at("2026-06-11T07:30+02:00"));
    assertThat(fixture.requests()).last()
        .isEqualTo("2026-06-11T07:30+02:00 Unlock department=\"R&D\"");
    AuditRecord superseded = fixture.audit.outcomes().get(0);
    assertThat(superseded.outcome()).isEqualTo(Outcome.SUPERSEDED);
    assertThat(superseded.job()).isEqualTo("rd-night");
    assertThat(superseded.attempts()).isEqualTo(lockTimes.size());
    assertThat(superseded.message()).contains("rd-morning", "2026-06-11T07:30+02:00");
    assertThat(fixture.audit.outcomes().get(1).outcome()).isEqualTo(Outcome.APPLIED);
    assertThat(fixture.state.lastSuccess("rd-night")).isEmpty();
  }

  @Test
  void anUnreachableServerIsRetriedToo() throws Exception {
    RunnerFixture fixture = new RunnerFixture(NIGHT_AND_MORNING, "2026-06-10T18:59+02:00");
    fixture.server.thenAnswer(1, () -> {
      throw new PhoneLockServerUnavailableException("https://ias.example.com: connect timed out",
          null);
    });
    fixture.runUntil("2026-06-10T19:10+02:00", false);
    assertThat(fixture.audit.attempts()).extracting(AuditRecord::outcome)
        .containsExactly(Outcome.UNAVAILABLE, Outcome.APPLIED);
    assertThat(fixture.audit.attempts().get(0).message()).contains("connect timed out");
  }

  @Test
  void holidaysDoNotFireAndTheNextWorkingDayDoes() throws Exception {
    Schedule schedule = schedule("Europe/Rome",
        lock("rd-night", TestCron.weekdays("19:00"), department("R&D")),
        unlock("rd-morning", TestCron.weekdays("07:30"), department("R&D"),
            new DateRange(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25))));
    RunnerFixture fixture = new RunnerFixture(schedule, "2026-12-23T12:00+01:00");
    fixture.runUntil("2026-12-28T12:00+01:00", false);
    assertThat(fixture.requests()).containsExactly(
        "2026-12-23T19:00+01:00 Lock department=\"R&D\"",
        "2026-12-24T19:00+01:00 Lock department=\"R&D\"",
        "2026-12-25T19:00+01:00 Lock department=\"R&D\"",
        "2026-12-28T07:30+01:00 Unlock department=\"R&D\"");
  }

  @Test
  void aFiringAppliedLateIsFollowedByTheLaterFiringOfAnOverlappingFilterSet() throws Exception {
    Schedule schedule = schedule("Europe/Rome",
        lock("rd-night", TestCron.weekdays("19:00"), department("R&D")),
        unlock("example1-morning", TestCron.weekdays("07:30"),
            departmentAndField1("R&D", "Example1")));
    RunnerFixture fixture = new RunnerFixture(schedule, "2026-06-10T18:00+02:00");
    Instant lockWorksFrom = at("2026-06-11T07:45+02:00");
    fixture.server.answering(r -> r.action() == PhoneLockAction.LOCK
        && r.time().isBefore(lockWorksFrom)
        ? Optional.of(ScriptedServer.unavailable503()) : Optional.empty());
    fixture.runUntil("2026-06-11T09:00+02:00", false);
    List<String> requests = fixture.requests();
    assertThat(requests).contains(
        "2026-06-11T07:30+02:00 Unlock department=\"R&D\" customField1=\"Example1\"");
    // The lock retried every 10 minutes (the cap) works from 07:45; right after it succeeds,
    // the Example1 unlock is applied again so that those lines end unlocked.
    assertThat(requests.subList(requests.size() - 2, requests.size())).containsExactly(
        "2026-06-11T07:45:30+02:00 Lock department=\"R&D\"",
        "2026-06-11T07:45:30+02:00 Unlock department=\"R&D\" customField1=\"Example1\"");
    assertThat(fixture.state.lastSuccess("example1-morning")).isPresent();
  }

  @Test
  void onceLeavesAFailedFiringForTheNextRunAndReportsIt() {
    RunnerFixture fixture = new RunnerFixture(NIGHT_AND_MORNING, "2026-06-10T19:02+02:00");
    fixture.server.thenAnswer(1, () -> new PhoneLockResult.AuthenticationFailed("bad password"));
    List<FiringResult> first = fixture.once();
    assertThat(first).singleElement()
        .satisfies(r -> assertThat(r.result().outcome()).isEqualTo(Outcome.AUTHENTICATION_FAILED));
    assertThat(fixture.audit.outcomes()).extracting(AuditRecord::outcome)
        .containsExactly(Outcome.LEFT_FOR_NEXT_RUN);
    assertThat(fixture.state.lastSuccess("rd-night")).isEmpty();
    fixture.at("2026-06-10T19:07+02:00");
    assertThat(fixture.once()).singleElement()
        .satisfies(r -> assertThat(r.result().applied()).isTrue());
  }

  @Test
  void theLoopChecksTheClockAtLeastEveryMaxSleepAndStopsWhenAsked() throws Exception {
    RunnerFixture fixture = new RunnerFixture(NIGHT_AND_MORNING, "2026-06-13T00:00+02:00");
    fixture.runUntil("2026-06-13T01:00+02:00", false);
    // No firing on a Saturday night: only the one-minute heartbeat.
    assertThat(fixture.time.sleeps()).isEqualTo(61);
    assertThat(fixture.requests()).isEmpty();
  }
}
