package org.phonelock.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link PhoneLockAction}: the endpoint names of the vendor page, "EndPoints". */
class PhoneLockActionTest {

  @Test
  void lockEndsInLockAndLeavesLinesLocked() {
    assertThat(PhoneLockAction.LOCK.endpointName()).isEqualTo("Lock");
    assertThat(PhoneLockAction.LOCK.targetLockedState()).isTrue();
  }

  @Test
  void unlockEndsInUnlockAndLeavesLinesUnlocked() {
    assertThat(PhoneLockAction.UNLOCK.endpointName()).isEqualTo("Unlock");
    assertThat(PhoneLockAction.UNLOCK.targetLockedState()).isFalse();
  }
}
