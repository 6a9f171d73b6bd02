package org.phonelock.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;

/** The one rule for "filters or every visible line" that every entry point calls. */
class PhoneLockCommandScopeTest {
  private static final Filter R_AND_D = Filter.of(Map.of(FilterField.DEPARTMENT, "R&D"));

  @Test
  void filtersWithoutTheRequestForEveryLineActOnTheFilteredLines() {
    assertThat(PhoneLockCommand.of(R_AND_D, false)).isEqualTo(PhoneLockCommand.matching(R_AND_D));
  }

  @Test
  void theExplicitRequestWithoutFiltersActsOnEveryVisibleLine() {
    assertThat(PhoneLockCommand.of(Filter.none(), true))
        .isEqualTo(PhoneLockCommand.everyVisibleLine());
  }

  @Test
  void noFilterWithoutTheExplicitRequestIsRefused() {
    assertThatThrownBy(() -> PhoneLockCommand.of(Filter.none(), false))
        .isInstanceOfSatisfying(PhoneLockCommand.ScopeRefused.class, e ->
            assertThat(e.reason()).isEqualTo(PhoneLockCommand.ScopeRefused.Reason.NO_FILTER));
  }

  @Test
  void filtersTogetherWithTheRequestForEveryLineAreRefused() {
    assertThatThrownBy(() -> PhoneLockCommand.of(R_AND_D, true))
        .isInstanceOfSatisfying(PhoneLockCommand.ScopeRefused.class, e -> {
          assertThat(e.reason())
              .isEqualTo(PhoneLockCommand.ScopeRefused.Reason.EVERY_LINE_WITH_FILTERS);
          assertThat(e).hasMessageContaining("department=\"R&D\"");
        });
  }

  @Property(tries = 200)
  void theResultNeverActsWiderThanAsked(@ForAll boolean everyLine, @ForAll boolean withFilter) {
    Filter filter = withFilter ? R_AND_D : Filter.none();
    try {
      PhoneLockCommand command = PhoneLockCommand.of(filter, everyLine);
      assertThat(command.filter().isEmpty()).isEqualTo(everyLine);
      assertThat(everyLine).isNotEqualTo(withFilter);
    } catch (PhoneLockCommand.ScopeRefused e) {
      assertThat(everyLine).isEqualTo(withFilter);
    }
  }
}
