package org.phonelock.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;

/** {@link PhoneLockCommand}: acting on every visible line must be asked for explicitly. */
class PhoneLockCommandTest {

  @Test
  void matchingKeepsTheFilter() {
    Filter filter = Filter.builder().put(FilterField.DEPARTMENT, "R&D").build();
    assertThat(PhoneLockCommand.matching(filter).filter()).isSameAs(filter);
  }

  @Test
  void matchingRefusesTheEmptyFilter() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PhoneLockCommand.matching(Filter.none()))
        .withMessageContaining("no filter given")
        .withMessageContaining("every visible line");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PhoneLockCommand.matching(Filter.builder().build()));
  }

  @Test
  void everyVisibleLineHasTheEmptyFilter() {
    assertThat(PhoneLockCommand.everyVisibleLine().filter().isEmpty()).isTrue();
    assertThat(PhoneLockCommand.everyVisibleLine().filter()).isEqualTo(Filter.none());
  }

  @Test
  void aFilterIsRequired() {
    assertThatNullPointerException().isThrownBy(() -> PhoneLockCommand.matching(null));
  }
}
