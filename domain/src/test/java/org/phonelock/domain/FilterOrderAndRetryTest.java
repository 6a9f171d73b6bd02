package org.phonelock.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phonelock.domain.FilterField.CUSTOM_FIELD_1;
import static org.phonelock.domain.FilterField.DEPARTMENT;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/** builder state after a refusal, and field order whatever the map's comparator. */
class FilterOrderAndRetryTest {

  @Test
  void aRefusedValueDoesNotCountAsGivingTheField() {
    Filter.Builder builder = Filter.builder();
    try {
      builder.put(DEPARTMENT, "");
    } catch (InvalidFilterException expected) {
      // the empty value is refused; the field was not given
    }
    assertThat(builder.put(DEPARTMENT, "R&D").build().value(DEPARTMENT)).contains("R&D");
  }

  @Test
  void valuesAreInFieldOrderWhateverTheComparator() {
    Filter filter =
        new Filter(
            ImmutableSortedMap.<FilterField, String>orderedBy(Comparator.reverseOrder())
                .put(DEPARTMENT, "R&D")
                .put(CUSTOM_FIELD_1, "x")
                .build());
    assertThat(filter).hasToString("department=\"R&D\" customField1=\"x\"");
    assertThat(filter.values().keySet()).containsExactly(DEPARTMENT, CUSTOM_FIELD_1);
  }
}
