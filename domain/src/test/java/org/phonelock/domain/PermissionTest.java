package org.phonelock.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Permission}: the directory-file spellings of api-contract.md, "The user directory". */
class PermissionTest {

  @ParameterizedTest
  @CsvSource({"admin, IMAGICLE_ADMIN", "complete-management, COMPLETE_MANAGEMENT",
    "manage-department, MANAGE_DEPARTMENT_USER", "none, NONE", "ADMIN, IMAGICLE_ADMIN",
    "Complete-Management, COMPLETE_MANAGEMENT", "MANAGE-DEPARTMENT, MANAGE_DEPARTMENT_USER",
    "None, NONE"})
  void eachSpellingParsesCaseInsensitively(String text, Permission expected) {
    assertThat(Permission.parse(text)).contains(expected);
  }

  @Test
  void anEmptyCellMeansNone() {
    assertThat(Permission.parse("")).contains(Permission.NONE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"administrator", " admin", "admin ", "complete management",
    "manage_department", "manage-department-user", "base", "no", "global", "IMAGICLE_ADMIN"})
  void unknownSpellingsParseToNothing(String text) {
    assertThat(Permission.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Permission.class)
  void eachFileNameParsesBackToItsPermission(Permission permission) {
    assertThat(Permission.parse(permission.fileName())).contains(permission);
    assertThat(Permission.parse(permission.fileName().toUpperCase(Locale.ROOT)))
        .contains(permission);
  }

  @Test
  void parsingIgnoresTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(Permission.parse("ADMIN")).contains(Permission.IMAGICLE_ADMIN);
      assertThat(Permission.parse("COMPLETE-MANAGEMENT"))
          .contains(Permission.COMPLETE_MANAGEMENT);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void acceptedNamesListsTheFourSpellings() {
    assertThat(Permission.acceptedNames())
        .isEqualTo("admin, complete-management, manage-department, none");
  }

  @Property(tries = 3000)
  void anyAsciiCaseVariantOfASpellingParses(
      @ForAll Permission permission, @ForAll("masks") long upperCaseMask) {
    char[] chars = permission.fileName().toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if ((upperCaseMask >>> i & 1) == 1) {
        chars[i] = Character.toUpperCase(chars[i]);
      }
    }
    assertThat(Permission.parse(new String(chars))).contains(permission);
  }

  @Property(tries = 3000)
  void aParsedPermissionIsSpeltLikeItsFileNameIgnoringCase(@ForAll("cells") String text) {
    Optional<Permission> parsed = Permission.parse(text);
    if (text.isEmpty()) {
      assertThat(parsed).contains(Permission.NONE);
      return;
    }
    parsed.ifPresent(p -> assertThat(p.fileName()).isEqualToIgnoringCase(text));
    if (text.chars().allMatch(c -> c < 0x80)) {
      boolean known =
          Arrays.stream(Permission.values()).anyMatch(p -> asciiLower(text).equals(p.fileName()));
      assertThat(parsed.isPresent()).isEqualTo(known);
    }
  }

  /** Lower-cases A-Z only, independently of {@link String#toLowerCase}. */
  private static String asciiLower(String text) {
    StringBuilder lower = new StringBuilder(text.length());
    text.chars().forEach(c -> lower.append((char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)));
    return lower.toString();
  }

  @Provide
  Arbitrary<Long> masks() {
    return Arbitraries.longs();
  }

  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.oneOf(
        Arbitraries.of(Permission.class).map(Permission::fileName).map(String::toUpperCase),
        Arbitraries.strings().withChars("adminoecplt-gADMINOECPLTG ").ofMaxLength(8),
        TextArbitraries.anyUtf16Text());
  }
}
