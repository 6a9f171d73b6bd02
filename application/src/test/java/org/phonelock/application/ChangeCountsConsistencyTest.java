package org.phonelock.application;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** lines are lines "of those users", so no users means no lines. */
class ChangeCountsConsistencyTest {

  @Test
  void linesWithoutUsersAreRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ChangeCounts(0, 1, 0))
        .withMessageContaining("users=0 lines=1 changed=0");
  }

  @Test
  void theMessageSaysWhatIsAccepted() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ChangeCounts(1, 2, 3))
        .withMessageContaining("0 <= changed <= lines");
  }
}
