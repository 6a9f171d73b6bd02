package org.phonelock.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.phonelock.application.ChangeCounts;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.application.port.out.ApplyPhoneLockPort;
import org.phonelock.application.port.out.PhoneLockServerUnavailableException;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.PhoneLockAction;

/**
 * {@link LockPhonesService} and {@link UnlockPhonesService}: one call to the port with the right
 * action and exactly the command's filter; the port's answer and failures pass through unchanged.
 */
class PhoneLockServicesTest {

  private static final Filter R_AND_D =
      Filter.builder().put("department", "R&D").put("customField1", "Example1").build();
  private static final PhoneLockResult APPLIED =
      new PhoneLockResult.Applied(PhoneLockAction.LOCK, R_AND_D, Optional.empty());

  static Stream<PhoneLockResult> answers() {
    return Stream.of(
        APPLIED,
        new PhoneLockResult.Applied(
            PhoneLockAction.UNLOCK, R_AND_D, Optional.of(new ChangeCounts(2, 3, 1))),
        new PhoneLockResult.AuthenticationFailed("bad credentials"),
        new PhoneLockResult.PermissionDenied(""),
        new PhoneLockResult.Refused(400, "unknown filter field 'dept'"),
        new PhoneLockResult.ServerError(503, "busy"));
  }

  @Test
  void lockSendsLockWithExactlyTheCommandsFilter() {
    RecordingPort port = new RecordingPort(APPLIED);
    new LockPhonesService(port).lock(PhoneLockCommand.matching(R_AND_D));
    assertThat(port.calls()).containsExactly(new RecordingPort.Call(PhoneLockAction.LOCK, R_AND_D));
    assertThat(port.calls().get(0).filter()).isSameAs(R_AND_D);
  }

  @Test
  void unlockSendsUnlockWithExactlyTheCommandsFilter() {
    RecordingPort port = new RecordingPort(APPLIED);
    new UnlockPhonesService(port).unlock(PhoneLockCommand.matching(R_AND_D));
    assertThat(port.calls())
        .containsExactly(new RecordingPort.Call(PhoneLockAction.UNLOCK, R_AND_D));
    assertThat(port.calls().get(0).filter()).isSameAs(R_AND_D);
  }

  @Test
  void everyVisibleLineSendsTheEmptyFilter() {
    RecordingPort port = new RecordingPort(APPLIED);
    new LockPhonesService(port).lock(PhoneLockCommand.everyVisibleLine());
    new UnlockPhonesService(port).unlock(PhoneLockCommand.everyVisibleLine());
    assertThat(port.calls())
        .containsExactly(
            new RecordingPort.Call(PhoneLockAction.LOCK, Filter.none()),
            new RecordingPort.Call(PhoneLockAction.UNLOCK, Filter.none()));
  }

  @ParameterizedTest
  @MethodSource("answers")
  void thePortsAnswerIsReturnedUnchanged(PhoneLockResult answer) {
    PhoneLockCommand command =
        PhoneLockCommand.matching(Filter.builder().put(FilterField.customField(3), "x").build());
    assertThat(new LockPhonesService(new RecordingPort(answer)).lock(command)).isSameAs(answer);
    assertThat(new UnlockPhonesService(new RecordingPort(answer)).unlock(command))
        .isSameAs(answer);
  }

  @Test
  void thePortsFailurePropagatesUnchanged() {
    PhoneLockServerUnavailableException failure =
        new PhoneLockServerUnavailableException(
            "http://ias.example: connection refused", new IOException("refused"));
    ApplyPhoneLockPort failing = (action, filter) -> {
      throw failure;
    };
    PhoneLockCommand command = PhoneLockCommand.matching(R_AND_D);
    assertThatThrownBy(() -> new LockPhonesService(failing).lock(command)).isSameAs(failure);
    assertThatThrownBy(() -> new UnlockPhonesService(failing).unlock(command)).isSameAs(failure);
  }

  @Test
  void eachActionCallsThePortOnce() {
    RecordingPort port = new RecordingPort(APPLIED);
    LockPhonesService lock = new LockPhonesService(port);
    UnlockPhonesService unlock = new UnlockPhonesService(port);
    lock.lock(PhoneLockCommand.matching(R_AND_D));
    unlock.unlock(PhoneLockCommand.matching(R_AND_D));
    lock.lock(PhoneLockCommand.matching(R_AND_D));
    assertThat(port.calls()).extracting(RecordingPort.Call::action)
        .isEqualTo(List.of(PhoneLockAction.LOCK, PhoneLockAction.UNLOCK, PhoneLockAction.LOCK));
  }

  @Test
  void aPortIsRequired() {
    assertThatNullPointerException().isThrownBy(() -> new LockPhonesService(null));
    assertThatNullPointerException().isThrownBy(() -> new UnlockPhonesService(null));
  }
}
