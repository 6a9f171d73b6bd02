package org.phonelock.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link FilterField}: the eleven filterable fields of the vendor page, "Filters". */
class FilterFieldTest {

  private static final String ELEVEN_NAMES =
      "department, customField1, customField2, customField3, customField4, customField5,"
          + " customField6, customField7, customField8, customField9, customField10";

  @Test
  void theApiNamesAreThoseOfTheVendorPage() {
    assertThat(Arrays.stream(FilterField.values()).map(FilterField::apiName))
        .containsExactly(ELEVEN_NAMES.split(", "));
  }

  @Test
  void acceptedNamesListsExactlyTheElevenFields() {
    assertThat(FilterField.acceptedNames()).isEqualTo(ELEVEN_NAMES);
  }

  @ParameterizedTest
  @EnumSource(FilterField.class)
  void namesResolveCaseInsensitively(FilterField field) {
    String name = field.apiName();
    assertThat(FilterField.fromApiName(name)).contains(field);
    assertThat(FilterField.fromApiName(name.toUpperCase(Locale.ROOT))).contains(field);
    assertThat(FilterField.fromApiName(name.toLowerCase(Locale.ROOT))).contains(field);
    assertThat(field).hasToString(name);
  }

  @Test
  void spellingsFromTheContractResolve() {
    assertThat(FilterField.fromApiName("Department")).contains(FilterField.DEPARTMENT);
    assertThat(FilterField.fromApiName("CUSTOMFIELD3")).contains(FilterField.CUSTOM_FIELD_3);
    assertThat(FilterField.fromApiName("customfield10")).contains(FilterField.CUSTOM_FIELD_10);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "dept", "departments", " department", "department ", "customField",
        "customField0", "customField11", "customField01", "custom_field1", "customField1 ",
        "filterField", "username"})
  void unknownNamesResolveToNothing(String name) {
    assertThat(FilterField.fromApiName(name)).isEmpty();
  }

  @Test
  void customFieldsAreNumberedOneToTen() {
    assertThat(IntStream.rangeClosed(1, 10).mapToObj(FilterField::customField))
        .containsExactly(Arrays.copyOfRange(FilterField.values(), 1, 11));
    assertThat(FilterField.customField(7).apiName()).isEqualTo("customField7");
  }

  /** {@code --custom-field N=} and {@code --filter customFieldN=} take exactly the same names. */
  @Property(tries = 2000)
  void aCustomFieldNumberNamesTheFieldItsApiNameNames(@ForAll("numbers") String number) {
    assertThat(FilterField.customFieldNumbered(number))
        .isEqualTo(FilterField.fromApiName("customField" + number));
  }

  @Provide
  Arbitrary<String> numbers() {
    return Arbitraries.oneOf(Arbitraries.integers().between(-2, 12).map(String::valueOf),
        Arbitraries.strings().withChars("0123456789+- x").ofMinLength(0).ofMaxLength(4));
  }

  @ParameterizedTest
  @ValueSource(strings = {"01", "010", "001", "+1", "0", "11", "", " 1", "1 ", "١", "Field1"})
  void aCustomFieldNumberWithALeadingZeroOrAnythingElseIsRefused(String number) {
    assertThat(FilterField.customFieldNumbered(number)).isEmpty();
  }

  @Test
  void customFieldNumbersOneToTenNameTheirFields() {
    assertThat(IntStream.rangeClosed(1, 10)
        .mapToObj(n -> FilterField.customFieldNumbered(String.valueOf(n)).orElseThrow()))
        .containsExactly(Arrays.copyOfRange(FilterField.values(), 1, 11));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 11, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void customFieldNumbersOutOfRangeAreRefusedNamingTheNumberAndTheRange(int number) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FilterField.customField(number))
        .withMessageContaining("custom field number " + number + " ")
        .withMessageContaining("1 to 10");
  }

  @Property(tries = 3000)
  void anyAsciiCaseVariantOfAnApiNameResolves(
      @ForAll FilterField field, @ForAll("randoms") Random random) {
    StringBuilder variant = new StringBuilder();
    for (char c : field.apiName().toCharArray()) {
      variant.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    assertThat(FilterField.fromApiName(variant.toString())).contains(field);
  }

  @Property(tries = 5000)
  void aResolvedNameEqualsTheFieldsNameIgnoringCase(@ForAll("names") String name) {
    Optional<FilterField> field = FilterField.fromApiName(name);
    boolean ascii = name.chars().allMatch(c -> c < 0x80);
    boolean known = ascii
        && Arrays.stream(FilterField.values()).anyMatch(f -> f.apiName().equalsIgnoreCase(name));
    assertThat(field.isPresent()).isEqualTo(known);
    field.ifPresent(f -> assertThat(f.apiName()).isEqualToIgnoringCase(name));
  }

  @Provide
  Arbitrary<Random> randoms() {
    return Arbitraries.randoms();
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.oneOf(
        Arbitraries.strings()
            .withChars("departmnDEPARTMNcustomFildCUSTOMFILD0123456789 ")
            .ofMaxLength(14),
        Arbitraries.of(FilterField.class).map(f -> f.apiName() + "x"),
        TextArbitraries.anyUtf16Text());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"customF\u0131eld1", "cu\u017FtomField1", "DEPARTMENT\u0130", "d\u0435partment"})
  void nonAsciiLookAlikesOfAFieldNameAreUnknown(String name) {
    org.assertj.core.api.Assertions.assertThat(FilterField.fromApiName(name)).isEmpty();
  }
}
