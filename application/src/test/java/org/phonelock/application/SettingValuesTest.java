package org.phonelock.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link SettingValues}: the numbers and yes/no of connection settings. */
class SettingValuesTest {
  @ParameterizedTest
  @CsvSource({"'1', 1", "' 30 ', 30", "'+7', 7", "'3600', 3600", "'0010', 10"})
  void wholeNumbersInRangeAreRead(String text, int expected) {
    assertThat(SettingValues.wholeNumber(text, 1, 3600)).hasValue(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "3601", "-1", "", "1.5", "1e3", "9999999999", "١", "12 s", "++1"})
  void anythingElseIsNoNumber(String text) {
    assertThat(SettingValues.wholeNumber(text, 1, 3600)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"true, true", "' FALSE ', false", "True, true"})
  void trueAndFalseInAnyCaseAreRead(String text, boolean expected) {
    assertThat(SettingValues.trueOrFalse(text)).hasValue(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "1", "", "tru", "trueish"})
  void anythingElseIsNeither(String text) {
    assertThat(SettingValues.trueOrFalse(text)).isEmpty();
  }
}
