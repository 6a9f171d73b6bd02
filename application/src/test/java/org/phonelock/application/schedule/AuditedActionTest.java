package org.phonelock.application.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.out.AuditLog;
import org.phonelock.application.port.out.PhoneLockServerUnavailableException;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;

/** A one-off action's records: one before the request, which must be written, one after it. */
class AuditedActionTest {
  private static final String SERVER = "https://ias.example.com";
  private static final Filter RD = Jobs.department("R&D");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-10T17:00:00Z"), ZoneOffset.UTC);

  private final RecordingAudit audit = new RecordingAudit();
  private final List<String> sent = new ArrayList<>();

  private PhoneLockResult applied() {
    sent.add("lock");
    return new PhoneLockResult.Applied(PhoneLockAction.LOCK, RD, Optional.empty());
  }

  private AuditedAction action(AuditLog log) {
    return new AuditedAction(log, CLOCK, PhoneLockAction.LOCK, SERVER, RD);
  }

  @Test
  void theRequestIsRecordedBeforeItIsSentAndItsAnswerAfter() {
    action(record -> {
      assertThat(sent).hasSize(record.event() == AuditRecord.Event.REQUEST ? 0 : 1);
      audit.record(record);
    }).send(this::applied);
    assertThat(audit.records).extracting(AuditRecord::event, AuditRecord::outcome,
        AuditRecord::attempts)
        .containsExactly(tuple(AuditRecord.Event.REQUEST, Outcome.SENDING, 0),
            tuple(AuditRecord.Event.ATTEMPT, Outcome.APPLIED, 1));
    assertThat(audit.records).allSatisfy(r -> {
      assertThat(r.job()).isEqualTo(AuditedAction.JOB).isEqualTo("command-line");
      assertThat(r.server()).isEqualTo(SERVER);
      assertThat(r.filter()).isEqualTo(RD);
      assertThat(r.firing()).isEqualTo(CLOCK.instant());
    });
  }

  @Test
  void nothingIsSentWhenTheFirstRecordCannotBeWritten() {
    AuditedAction.NotRecordedException stop = catchThrowableOfType(() -> action(record -> {
      throw new UncheckedIOException("cannot write the audit log a.jsonl",
          new IOException("No space left on device"));
    }).send(this::applied), AuditedAction.NotRecordedException.class);
    assertThat(stop.sent()).isFalse();
    assertThat(stop).hasMessage("cannot write the audit log a.jsonl");
    assertThat(sent).isEmpty();
  }

  @Test
  void anAnswerThatCannotBeRecordedSaysTheRequestWentOut() {
    AuditedAction.NotRecordedException stop = catchThrowableOfType(() -> action(record -> {
      if (record.event() == AuditRecord.Event.ATTEMPT) {
        throw new UncheckedIOException("cannot write the audit log a.jsonl",
            new IOException("No space left on device"));
      }
    }).send(this::applied), AuditedAction.NotRecordedException.class);
    assertThat(stop.sent()).isTrue();
    assertThat(sent).hasSize(1);
  }

  @Test
  void noAnswerIsRecordedAsUnavailableAndPassesThrough() {
    assertThatThrownBy(() -> action(audit).send(() -> {
      throw new PhoneLockServerUnavailableException("ias.example.com: connection refused", null);
    })).isInstanceOf(PhoneLockServerUnavailableException.class);
    assertThat(audit.attempts()).singleElement().satisfies(r -> {
      assertThat(r.outcome()).isEqualTo(Outcome.UNAVAILABLE);
      assertThat(r.message()).isEqualTo("ias.example.com: connection refused");
    });
  }
}
