package org.phonelock.domain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.phonelock.domain.FilterField.CUSTOM_FIELD_1;
import static org.phonelock.domain.FilterField.CUSTOM_FIELD_2;
import static org.phonelock.domain.FilterField.DEPARTMENT;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Filter#matches}: AND across fields, values equal ignoring case and otherwise exactly
 * (api-contract.md, "Filters"); and which values a filter accepts.
 */
class FilterMatchingTest {

  private static final Filter R_AND_D_EXAMPLE =
      Filter.builder().put(DEPARTMENT, "R&D").put(CUSTOM_FIELD_1, "Example1").build();

  @Test
  void everyFilteredFieldMustMatch() {
    ImagicleUser both =
        Users.named("ann").department("R&D").field(CUSTOM_FIELD_1, "Example1").build();
    ImagicleUser departmentOnly = Users.named("bob").department("R&D").build();
    ImagicleUser otherCustomField =
        Users.named("cy").department("R&D").field(CUSTOM_FIELD_1, "Example2").build();
    ImagicleUser otherDepartment =
        Users.named("di").department("Sales").field(CUSTOM_FIELD_1, "Example1").build();
    assertThat(R_AND_D_EXAMPLE.matches(both)).isTrue();
    assertThat(R_AND_D_EXAMPLE.matches(departmentOnly)).isFalse();
    assertThat(R_AND_D_EXAMPLE.matches(otherCustomField)).isFalse();
    assertThat(R_AND_D_EXAMPLE.matches(otherDepartment)).isFalse();
  }

  @Test
  void fieldsTheFilterLeavesOutDoNotMatter() {
    ImagicleUser user = Users.named("ann").department("R&D").field(CUSTOM_FIELD_1, "Example1")
        .field(CUSTOM_FIELD_2, "anything").build();
    assertThat(R_AND_D_EXAMPLE.matches(user)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"R&D, r&d, true", "R&D, R&d, true", "Straße, STRAẞE, true", "İzmir, i\u0307zmir, true",
    "İzmir, izmir, false", "ıt, IT, false", "ſales, Sales, false", "ΟΔΥΣΣΕΥΣ, οδυσσευσ, true",
    "ΟΔΥΣΣΕΥΣ, οδυσσευς, false", "Qualité, QUALITÉ, true", "Qualité, QUALITE\u0301, false", "Москва, МОСКВА, true", "R&D, ' R&D', false", "R&D, 'R&D ', false",
    "' R&D', R&D, false", "R&D, R & D, false", "Straße, STRASSE, false", "Sales, Sale, false"})
  void valuesCompareIgnoringCaseAndOtherwiseExactly(String filterValue, String userValue,
      boolean matches) {
    Filter filter = Filter.builder().put(DEPARTMENT, filterValue).build();
    assertThat(filter.matches(Users.named("ann").department(userValue).build()))
        .isEqualTo(matches);
  }

  @Test
  void aUserWithoutTheFilteredFieldDoesNotMatch() {
    Filter filter = Filter.builder().put(CUSTOM_FIELD_2, "x").build();
    assertThat(filter.matches(Users.named("ann").department("x").build())).isFalse();
    assertThat(filter.matches(Users.named("bob").build())).isFalse();
  }

  @Test
  void theEmptyFilterMatchesEveryUser() {
    assertThat(Filter.none().matches(Users.named("ann").build())).isTrue();
    assertThat(Filter.none().matches(Users.named("bob").department("R&D").build())).isTrue();
  }

  @Property(tries = 5000)
  void anyVisibleWellFormedValueIsAcceptedAndKeptUnchanged(
      @ForAll FilterField field, @ForAll("nonEmptyWellFormed") String value) {
    Filter byField = Filter.builder().put(field, value).build();
    Filter byName = Filter.builder().put(field.apiName(), value).build();
    assertThat(byField.value(field)).contains(value);
    assertThat(byName).isEqualTo(byField);
    assertThat(byField.toString()).isEqualTo(field.apiName() + "=" + Text.quote(value));
    assertThat(byField.matches(Users.named("ann").field(field, value).build())).isTrue();
  }

  @Property(tries = 5000)
  void aValueMatchesExactlyTheUserValuesEqualToItIgnoringCase(
      @ForAll("nonEmptyWellFormed") String value, @ForAll("nonEmptyWellFormed") String other,
      @ForAll("randoms") Random random) {
    String variant = TextArbitraries.caseVariant(value, random);
    Filter filter = Filter.builder().put(CUSTOM_FIELD_1, value).build();
    for (String userValue : new String[] {variant, other}) {
      ImagicleUser user = Users.named("ann").field(CUSTOM_FIELD_1, userValue).build();
      assertThat(filter.matches(user)).isEqualTo(TextArbitraries.contractMatches(userValue, value));
    }
  }

  @Property(tries = 5000)
  void aValueIsAcceptedExactlyWhenItHasAUtf8Form(@ForAll("nonEmptyAnyText") String value) {
    boolean accepted;
    try {
      Filter.builder().put(CUSTOM_FIELD_2, value);
      accepted = true;
    } catch (InvalidFilterException e) {
      assertThat(e).hasMessageContaining("customField2");
      accepted = false;
    }
    assertThat(accepted).isEqualTo(new String(value.getBytes(UTF_8), UTF_8).equals(value)
        && !Text.isBlankOrInvisible(value));
  }

  @Provide
  Arbitrary<String> nonEmptyWellFormed() {
    return TextArbitraries.wellFormedText().filter(s -> !s.isEmpty() && !Text.isBlankOrInvisible(s));
  }

  @Provide
  Arbitrary<String> nonEmptyAnyText() {
    return TextArbitraries.anyUtf16Text().filter(s -> !s.isEmpty());
  }

  @Provide
  Arbitrary<Random> randoms() {
    return Arbitraries.randoms();
  }
}
