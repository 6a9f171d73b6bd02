package org.phonelock.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.phonelock.domain.FilterField.CUSTOM_FIELD_1;
import static org.phonelock.domain.FilterField.CUSTOM_FIELD_10;
import static org.phonelock.domain.FilterField.CUSTOM_FIELD_3;
import static org.phonelock.domain.FilterField.DEPARTMENT;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Filter}: building, the safety refusals of api-contract.md "Filters", and the summary. */
class FilterTest {

  @Test
  void theEmptyFilterSelectsEveryVisibleLine() {
    assertThat(Filter.none().isEmpty()).isTrue();
    assertThat(Filter.builder().build()).isEqualTo(Filter.none());
    assertThat(Filter.of(Map.of())).isEqualTo(Filter.none());
    assertThat(Filter.none()).hasToString("(no filter: every visible line)");
  }

  @Test
  void valuesAreKeptPerFieldAndSummarisedInFieldOrder() {
    Filter filter =
        Filter.builder().put(CUSTOM_FIELD_10, "Example10").put("department", "R&D").build();
    assertThat(filter.isEmpty()).isFalse();
    assertThat(filter.value(DEPARTMENT)).contains("R&D");
    assertThat(filter.value(CUSTOM_FIELD_10)).contains("Example10");
    assertThat(filter.value(CUSTOM_FIELD_1)).isEmpty();
    assertThat(filter).hasToString("department=\"R&D\" customField10=\"Example10\"");
    assertThat(filter)
        .isEqualTo(Filter.of(Map.of(DEPARTMENT, "R&D", CUSTOM_FIELD_10, "Example10")));
  }

  // api-contract.md, "Filters": a value of only white space or invisible characters is refused.
  @ParameterizedTest
  @ValueSource(strings = {" ", "  ", "\t", "\u00A0", "\u200B", "\u2060\u00A0", "\uFEFF", "\u3000"})
  void aBlankOrInvisibleValueIsRefusedNamingTheField(String value) {
    assertThatThrownBy(() -> Filter.builder().put(DEPARTMENT, value))
        .isInstanceOf(InvalidFilterException.class)
        .hasMessageStartingWith("filter department has a value of only white space or invisible")
        .hasMessageContaining(Text.quote(value));
    assertThatThrownBy(() -> Filter.of(Map.of(CUSTOM_FIELD_10, value)))
        .isInstanceOf(InvalidFilterException.class)
        .hasMessageContaining("customField10");
  }

  @Test
  void paddingAroundAVisibleValueIsKeptNotTrimmed() {
    assertThat(Filter.builder().put(DEPARTMENT, " R&D\u00A0").build().value(DEPARTMENT))
        .hasValue(" R&D\u00A0");
  }

  @Test
  void anEmptyValueIsRefusedNamingTheField() {
    assertThatThrownBy(() -> Filter.builder().put(CUSTOM_FIELD_3, ""))
        .isInstanceOf(InvalidFilterException.class)
        .hasMessageContaining("customField3")
        .hasMessageContaining("empty value");
    assertThatThrownBy(() -> Filter.builder().put("Department", ""))
        .isInstanceOf(InvalidFilterException.class)
        .hasMessageContaining("department");
    assertThatThrownBy(() -> Filter.of(Map.of(CUSTOM_FIELD_10, "")))
        .isInstanceOf(InvalidFilterException.class)
        .hasMessageContaining("customField10");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uD83D", "R&D\uDE00", "\uDE00\uD83D"})
  void aValueWithAnUnpairedSurrogateIsRefusedNamingTheField(String value) {
    assertThatThrownBy(() -> Filter.builder().put(DEPARTMENT, value))
        .isInstanceOf(InvalidFilterException.class)
        .hasMessageContaining("department")
        .hasMessageContaining("unpaired surrogate")
        .hasMessageContaining("UTF-8");
    assertThatThrownBy(() -> Filter.of(Map.of(CUSTOM_FIELD_1, value)))
        .isInstanceOf(InvalidFilterException.class)
        .hasMessageContaining("customField1");
  }

  @Test
  void theSameFieldTwiceIsRefusedNamingIt() {
    Filter.Builder builder = Filter.builder().put(DEPARTMENT, "R&D");
    assertThatThrownBy(() -> builder.put(DEPARTMENT, "Sales"))
        .isInstanceOf(InvalidFilterException.class)
        .hasMessageContaining("department")
        .hasMessageContaining("more than once");
  }

  @ParameterizedTest
  @ValueSource(strings = {"customField1", "CUSTOMFIELD1", "customfield1", "CustomField1"})
  void theSameFieldTwiceIsRefusedWhateverTheCaseOfItsName(String secondName) {
    Filter.Builder builder = Filter.builder().put("customField1", "Example1");
    assertThatThrownBy(() -> builder.put(secondName, "Example1"))
        .isInstanceOf(InvalidFilterException.class)
        .hasMessageContaining("customField1")
        .hasMessageContaining("more than once");
  }

  @Test
  void theSameFieldByNameAndByConstantIsRefused() {
    Filter.Builder builder = Filter.builder().put("DEPARTMENT", "R&D");
    assertThatThrownBy(() -> builder.put(DEPARTMENT, "R&D"))
        .isInstanceOf(InvalidFilterException.class)
        .hasMessageContaining("department");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dept", "customField11", "customField0", "", " department", "user"})
  void anUnknownNameIsRefusedListingTheAcceptedNames(String name) {
    assertThatThrownBy(() -> Filter.builder().put(name, "R&D"))
        .isInstanceOf(InvalidFilterException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown filter field '" + name + "'")
        .hasMessageContaining(FilterField.acceptedNames());
  }

  @Test
  void nullsAreRefused() {
    assertThatNullPointerException().isThrownBy(() -> new Filter(null));
    assertThatNullPointerException().isThrownBy(() -> Filter.builder().put(DEPARTMENT, null));
    assertThatNullPointerException()
        .isThrownBy(() -> Filter.builder().put((FilterField) null, "x"));
  }
}
