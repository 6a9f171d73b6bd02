package org.phonelock.application.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.phonelock.application.schedule.Jobs.department;
import static org.phonelock.application.schedule.Jobs.lock;
import static org.phonelock.application.schedule.Jobs.schedule;
import static org.phonelock.application.schedule.Jobs.unlock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.phonelock.application.schedule.AuditRecord.Event;
import org.phonelock.application.port.out.AuditLog;

/**
 * No request without a durable audit record before it; a record that cannot be written stops the
 * run and says what became of the firing; a firing another run applied meanwhile is not resent.
 */
class RecordKeepingTest {
  private static final Schedule NIGHT_AND_SALES = schedule("Europe/Rome",
      lock("rd-night", TestCron.weekdays("19:00"), department("R&D")),
      unlock("sales-morning", TestCron.weekdays("07:30"), department("Sales")));

  /** Records like {@link RecordingAudit}, and fails for the records {@code fails} picks. */
  private static final class FailingAudit implements AuditLog {
    final List<AuditRecord> records = new ArrayList<>();
    private final Predicate<AuditRecord> fails;

    FailingAudit(Predicate<AuditRecord> fails) {
      this.fails = fails;
    }

    @Override
    public void record(AuditRecord record) {
      if (fails.test(record)) {
        throw new UncheckedIOException("cannot write the audit log /dev/full",
            new IOException("No space left on device"));
      }
      records.add(record);
    }
  }

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  @Test
  void eachRequestIsAuditedBeforeItIsSent() {
    RunnerFixture fixture = new RunnerFixture(NIGHT_AND_SALES, "2026-06-10T10:00+02:00");
    List<Event> loggedWhenSent = new ArrayList<>();
    fixture.server.answering(request -> {
      loggedWhenSent.add(fixture.audit.records.get(fixture.audit.records.size() - 1).event());
      return Optional.empty();
    });
    assertThat(fixture.once()).hasSize(2);
    assertThat(loggedWhenSent).containsExactly(Event.REQUEST, Event.REQUEST);
    assertThat(fixture.audit.records).extracting(AuditRecord::event, AuditRecord::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Event.REQUEST, Outcome.SENDING),
            org.assertj.core.groups.Tuple.tuple(Event.ATTEMPT, Outcome.APPLIED),
            org.assertj.core.groups.Tuple.tuple(Event.OUTCOME, Outcome.APPLIED),
            org.assertj.core.groups.Tuple.tuple(Event.REQUEST, Outcome.SENDING),
            org.assertj.core.groups.Tuple.tuple(Event.ATTEMPT, Outcome.APPLIED),
            org.assertj.core.groups.Tuple.tuple(Event.OUTCOME, Outcome.APPLIED));
    assertThat(fixture.audit.records.get(0).attempts()).isEqualTo(1);
  }

  @Test
  void anAuditLogThatCannotBeWrittenStopsTheRunBeforeAnythingIsSent() {
    RunnerFixture fixture = new RunnerFixture(NIGHT_AND_SALES, "2026-06-10T10:00+02:00");
    FailingAudit audit = new FailingAudit(record -> true);
    RecordKeepingException stop = catchThrowableOfType(
        () -> fixture.runner(audit, fixture.state).runOnce(), RecordKeepingException.class);
    assertThat(fixture.server.requests).isEmpty();
    assertThat(stop.answer()).isEmpty();
    assertThat(stop.job().name()).isEqualTo("rd-night");
    assertThat(stop.earlier()).isEmpty();
    assertThat(stop).hasMessage("cannot write the audit log /dev/full");
    assertThat(fixture.state.successes).isEmpty();
  }

  @Test
  void whenTheRecordAfterTheAnswerFailsTheStateStillHasItAndNothingMoreIsSent() {
    RunnerFixture fixture = new RunnerFixture(NIGHT_AND_SALES, "2026-06-10T10:00+02:00");
    FailingAudit audit = new FailingAudit(record -> record.event() == Event.ATTEMPT);
    RecordKeepingException stop = catchThrowableOfType(
        () -> fixture.runner(audit, fixture.state).runOnce(), RecordKeepingException.class);
    assertThat(fixture.server.requests).hasSize(1);
    assertThat(stop.answer()).hasValueSatisfying(a -> assertThat(a.applied()).isTrue());
    assertThat(stop.stateRecorded()).isTrue();
    assertThat(fixture.state.lastSuccess("rd-night").orElseThrow().firing())
        .isEqualTo(at("2026-06-09T19:00+02:00"));
    assertThat(audit.records).extracting(AuditRecord::event).containsExactly(Event.REQUEST);

    // The next run does not repeat the applied firing; it goes on with the other one.
    fixture.runner(fixture.audit, fixture.state).runOnce();
    assertThat(fixture.server.requests).hasSize(2);
    assertThat(fixture.server.requests.get(1).filter()).isEqualTo(department("Sales"));
  }

  @Test
  void whenTheStateCannotBeWrittenTheRunSaysTheNextRunSendsItAgain() {
    RunnerFixture fixture = new RunnerFixture(NIGHT_AND_SALES, "2026-06-10T10:00+02:00");
    InMemoryState full = new InMemoryState() {
      @Override
      public void recordSuccess(JobSuccess success) {
        throw new UncheckedIOException("cannot write the state file night.state.json",
            new IOException("No space left on device"));
      }
    };
    RecordKeepingException stop = catchThrowableOfType(
        () -> fixture.runner(fixture.audit, full).runOnce(), RecordKeepingException.class);
    assertThat(stop.stateRecorded()).isFalse();
    assertThat(stop.answer()).hasValueSatisfying(a -> assertThat(a.applied()).isTrue());
    assertThat(fixture.server.requests).hasSize(1);
    assertThat(fixture.audit.records).extracting(AuditRecord::event)
        .containsExactly(Event.REQUEST, Event.ATTEMPT);
  }

  @Test
  void aFiringAnotherRunAppliedWhileThisOneWaitedIsNotSentAgain() throws Exception {
    RunnerFixture fixture = new RunnerFixture(NIGHT_AND_SALES, "2026-06-10T18:00+02:00");
    // Another run applies the 19:00 lock while this one waits for the store.
    InMemoryState shared = new InMemoryState() {
      @Override
      public <T> T exclusively(Supplier<T> work) {
        ScheduleJob night = NIGHT_AND_SALES.jobs().get(0);
        recordSuccess(new JobSuccess(night.name(), night.definition(),
            at("2026-06-10T19:00+02:00"), at("2026-06-10T19:00:01+02:00")));
        return work.get();
      }
    };
    fixture.runner(fixture.audit, shared)
        .run(false, () -> fixture.time.instant().isAfter(at("2026-06-10T20:00+02:00")));
    assertThat(fixture.server.requests).isEmpty();
    assertThat(fixture.audit.records).isEmpty();
  }
}
