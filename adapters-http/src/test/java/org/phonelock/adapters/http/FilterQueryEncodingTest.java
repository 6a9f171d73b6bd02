package org.phonelock.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.FilterQuery;

/** RFC 3986 percent-encoding of filter values, without a socket. */
class FilterQueryEncodingTest {

  @Provide
  Arbitrary<String> tricky() {
    return Texts.tricky();
  }

  @Property(tries = 10_000, generation = GenerationMode.RANDOMIZED)
  void outputHoldsOnlyUnreservedCharactersAndUpperCaseEscapes(@ForAll("tricky") String value) {
    assertThat(FilterQuery.encode(value)).matches("([A-Za-z0-9._~-]|%[0-9A-F]{2})*");
  }

  @Property(tries = 10_000, generation = GenerationMode.RANDOMIZED)
  void decodingTheOutputGivesTheInputBack(@ForAll("tricky") String value) {
    assertThat(Wire.strictDecode(FilterQuery.encode(value))).isEqualTo(value);
  }

  @Property(tries = 2_000, generation = GenerationMode.RANDOMIZED)
  void anyStringWithoutUnpairedSurrogateRoundTrips(@ForAll String value) {
    org.assertj.core.api.Assumptions.assumeThat(org.phonelock.domain.Text.isWellFormedUtf16(value)).isTrue();
    assertThat(Wire.strictDecode(FilterQuery.encode(value))).isEqualTo(value);
  }

  @Property(tries = 2_000, generation = GenerationMode.RANDOMIZED)
  void unreservedTextIsLeftAlone(
      @ForAll("unreserved") String value) {
    assertThat(FilterQuery.encode(value)).isEqualTo(value);
  }

  @Provide
  Arbitrary<String> unreserved() {
    return Arbitraries.strings().alpha().numeric().withChars("-._~");
  }

  @Example
  void escapesTheCharactersThatCarryMeaningInAQuery() {
    assertThat(FilterQuery.encode("R&D")).isEqualTo("R%26D");
    assertThat(FilterQuery.encode("a+b c")).isEqualTo("a%2Bb%20c");
    assertThat(FilterQuery.encode("%41")).isEqualTo("%2541");
    assertThat(FilterQuery.encode("{department}")).isEqualTo("%7Bdepartment%7D");
    assertThat(FilterQuery.encode("x=1;y#z?")).isEqualTo("x%3D1%3By%23z%3F");
    assertThat(FilterQuery.encode("Ünïcødé")).isEqualTo("%C3%9Cn%C3%AFc%C3%B8d%C3%A9");
    assertThat(FilterQuery.encode("😀")).isEqualTo("%F0%9F%98%80");
    assertThat(FilterQuery.encode("\u0000\n")).isEqualTo("%00%0A");
    assertThat(FilterQuery.encode("a-b.c_d~e")).isEqualTo("a-b.c_d~e");
    assertThat(FilterQuery.encode("")).isEmpty();
  }

  @Example
  void refusesAnUnpairedSurrogate() {
    assertThatThrownBy(() -> FilterQuery.encode("a\uD800b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unpaired surrogate");
  }

  @Example
  void buildsTheQueryInFilterFieldOrder() {
    Filter filter =
        Filter.of(
            Map.of(
                FilterField.CUSTOM_FIELD_10, "ten",
                FilterField.CUSTOM_FIELD_2, "two",
                FilterField.DEPARTMENT, "R&D"));
    assertThat(FilterQuery.encode(filter))
        .isEqualTo("department=R%26D&customField2=two&customField10=ten");
    assertThat(FilterQuery.encode(Filter.none())).isEmpty();
  }
}
