package org.phonelock.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The user fields the Phone Lock API filters on, and nothing else: {@code department} and {@code
 * customField1} … {@code customField10} (vendor page, "Filters").
 */
public enum FilterField {
  /** The user's department ({@code department}). */
  DEPARTMENT("department"),
  /** The user's custom field 1 ({@code customField1}). */
  CUSTOM_FIELD_1("customField1"),
  /** The user's custom field 2 ({@code customField2}). */
  CUSTOM_FIELD_2("customField2"),
  /** The user's custom field 3 ({@code customField3}). */
  CUSTOM_FIELD_3("customField3"),
  /** The user's custom field 4 ({@code customField4}). */
  CUSTOM_FIELD_4("customField4"),
  /** The user's custom field 5 ({@code customField5}). */
  CUSTOM_FIELD_5("customField5"),
  /** The user's custom field 6 ({@code customField6}). */
  CUSTOM_FIELD_6("customField6"),
  /** The user's custom field 7 ({@code customField7}). */
  CUSTOM_FIELD_7("customField7"),
  /** The user's custom field 8 ({@code customField8}). */
  CUSTOM_FIELD_8("customField8"),
  /** The user's custom field 9 ({@code customField9}). */
  CUSTOM_FIELD_9("customField9"),
  /** The user's custom field 10 ({@code customField10}). */
  CUSTOM_FIELD_10("customField10");

  private static final FilterField[] VALUES = values();

  private final String apiName;

  FilterField(String apiName) {
    this.apiName = apiName;
  }

  /**
   * The query parameter name, spelt as on the vendor page.
   *
   * @return e.g. {@code department} or {@code customField3}
   */
  public String apiName() {
    return apiName;
  }

  /**
   * Looks a field up by its API name, ASCII-case-insensitively (api-contract.md, "Filters": field
   * names match case-insensitively, as ASP.NET binds query parameters; the names are ASCII, so
   * non-ASCII look-alike letters do not match).
   *
   * @param name a parameter name such as {@code Department} or {@code CUSTOMFIELD3}
   * @return the field, or empty when {@code name} is not one of the eleven fields
   */
  public static Optional<FilterField> fromApiName(String name) {
    // The eleven names are ASCII; ASCII-only case folding keeps look-alikes such as
    // "customFıeld1" (dotless i) or "cuſtomField1" out, which equalsIgnoreCase would accept.
    String lower = name.toLowerCase(Locale.ROOT);
    for (FilterField field : VALUES) {
      if (isAscii(name) && field.apiName.toLowerCase(Locale.ROOT).equals(lower)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }

  private static boolean isAscii(String text) {
    return text.chars().allMatch(c -> c < 0x80);
  }

  /**
   * The custom field with the given number.
   *
   * @param number 1 to 10
   * @return {@code customField<number>}
   * @throws IllegalArgumentException when {@code number} is outside 1..10
   */
  public static FilterField customField(int number) {
    if (number < 1 || number > 10) {
      throw new IllegalArgumentException(
          "custom field number " + number + " is out of range; accepted: 1 to 10");
    }
    return VALUES[number];
  }

  /**
   * The custom field named by its number as typed after {@code customField}, e.g. {@code 3} for
   * {@code customField3}: exactly the names {@link #fromApiName} accepts, so that {@code
   * --custom-field N=VALUE} and {@code --filter customFieldN=VALUE} take the same fields. A
   * leading zero ({@code 01}) or a sign is refused: the API names its fields {@code
   * customField1} to {@code customField10} (api-contract.md, "Filters").
   *
   * @param number the number as typed, e.g. {@code 3}
   * @return the field, or empty when {@code customField<number>} is not a custom field's name
   */
  public static Optional<FilterField> customFieldNumbered(String number) {
    return fromApiName("customField" + number).filter(field -> field != DEPARTMENT);
  }

  /**
   * The accepted names, for error messages.
   *
   * @return {@code "department, customField1, …, customField10"}
   */
  public static String acceptedNames() {
    return Arrays.stream(VALUES).map(FilterField::apiName).collect(Collectors.joining(", "));
  }

  /**
   * The API name.
   *
   * @return the same as {@link #apiName()}
   */
  @Override
  public String toString() {
    return apiName;
  }
}
