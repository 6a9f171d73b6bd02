package org.phonelock.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Credentials}: the rules of RFC 7617 and api-contract.md "Authentication", and that the
 * password never shows in toString or in an error message.
 */
class CredentialsTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "secret", "pässwörd€", "\uD83D\uDE00 x:y", " padded ", "a\u0080b", "tab\u00A0nbsp"})
  void anyWellFormedPasswordIsAccepted(String password) {
    Credentials credentials = new Credentials("ann", password);
    assertThat(credentials.username()).isEqualTo("ann");
    assertThat(credentials.password()).isEqualTo(password);
  }

  // RFC 7617 section 2: no control characters; the message names the character, never the text.
  @ParameterizedTest
  @ValueSource(strings = {"pw\n", "pw\r\n", "p\tw", "\u0000", "pw\u007F", "\u001Bpw"})
  void aPasswordWithAControlCharacterIsRefusedWithoutShowingIt(String password) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Credentials("ann", password))
        .withMessageContaining("password holds a control character (U+00")
        .withMessageContaining("RFC 7617")
        .withMessageNotContaining("pw");
  }

  @Test
  void aUserNameWithAControlCharacterIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Credentials("ann\n", "pw"))
        .withMessageContaining("user name holds a control character (U+000A at position 4)");
  }

  private static boolean noControlCharacter(String text) {
    return text.chars().noneMatch(c -> c < 0x20 || c == 0x7F);
  }

  @Test
  void anEmptyUserNameIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Credentials("", "s3cret-Pa55"))
        .withMessage("user name must not be empty");
  }

  @Test
  void aUserNameWithAColonIsRefusedNamingIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Credentials("dom:ann", "s3cret-Pa55"))
        .withMessageContaining("'dom:ann'")
        .withMessageContaining("':'")
        .withMessageContaining("RFC 7617")
        .withMessageNotContaining("s3cret-Pa55");
  }

  @Test
  void unpairedSurrogatesAreRefusedWithoutShowingThePassword() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Credentials("ann\uD800", "s3cret-Pa55"))
        .withMessageContaining("user name")
        .withMessageContaining("unpaired surrogate")
        .withMessageNotContaining("s3cret-Pa55");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Credentials("ann", "s3cret-Pa55\uDC00"))
        .withMessageContaining("password")
        .withMessageContaining("unpaired surrogate")
        .withMessageNotContaining("s3cret-Pa55");
  }

  @Test
  void nullsAreRefused() {
    assertThatNullPointerException().isThrownBy(() -> new Credentials(null, "x"));
    assertThatNullPointerException().isThrownBy(() -> new Credentials("ann", null));
  }

  @Test
  void toStringShowsTheUserNameAndARedactionMarker() {
    assertThat(new Credentials("ann", "s3cret-Pa55"))
        .hasToString("Credentials[username=ann, password=<redacted>]");
  }

  @Property(tries = 5000)
  void toStringNeverDependsOnOrShowsThePassword(
      @ForAll("userNames") String username,
      @ForAll("passwords") String password,
      @ForAll("passwords") String otherPassword) {
    String shown = new Credentials(username, password).toString();
    String expected = "Credentials[username=" + username + ", password=<redacted>]";
    assertThat(shown).isEqualTo(expected);
    assertThat(new Credentials(username, otherPassword).toString()).isEqualTo(shown);
    if (password.length() >= 8 && !expected.contains(password)) {
      assertThat(shown).doesNotContain(password);
    }
  }

  @Property(tries = 3000)
  void errorMessagesNeverShowThePassword(
      @ForAll("userNames") String username, @ForAll("longPasswords") String password) {
    String badName = username + ":";
    Assume.that(!badName.contains(password));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Credentials(badName, password))
        .withMessageNotContaining(password);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Credentials(username, password + "\uD800"))
        .withMessageNotContaining(password);
  }

  // The password as given (a variable, a profile, a prompt) or as a file's one line: the source
  // starts every message, and the password never shows.
  @Test
  void aGivenPasswordLosesALeadingByteOrderMarkOnly() {
    assertThat(Credentials.givenPassword("\uFEFFs3cret", "PHONELOCK_PASSWORD")).isEqualTo("s3cret");
    assertThat(Credentials.givenPassword(" s3cret\uFEFF ", "X")).isEqualTo(" s3cret\uFEFF ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\uFEFF"})
  void anEmptyGivenPasswordIsRefusedNamingTheSource(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Credentials.givenPassword(text, "PHONELOCK_PASSWORD"))
        .withMessage("PHONELOCK_PASSWORD gives an empty password; give the account's password");
  }

  @Test
  void aGivenPasswordWithAControlCharacterIsRefusedNamingTheSourceAndPosition() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Credentials.givenPassword("s3cret\nmore", "the typed password"))
        .withMessage("the typed password gives a password holding a control character (U+000A at"
            + " position 7); a password is one line of text (RFC 7617 allows no control"
            + " characters)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"s3cret", "s3cret\n", "s3cret\r\n", "\uFEFFs3cret\r\n"})
  void aPasswordLineEndsBeforeItsOneLineBreak(String text) {
    assertThat(Credentials.passwordLine(text, "--password-file pw.txt")).isEqualTo("s3cret");
  }

  @Test
  void anEmptyFileOrASecondLineIsRefusedNamingTheSource() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Credentials.passwordLine("", "--password-file pw.txt"))
        .withMessage("--password-file pw.txt is empty; it must hold the password");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Credentials.passwordLine("\n", "--password-file pw.txt"))
        .withMessage("--password-file pw.txt gives an empty password; give the account's"
            + " password");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Credentials.passwordLine("s3cret\n\n", "--password-file pw.txt"))
        .withMessageStartingWith("--password-file pw.txt gives a password holding a control"
            + " character (U+000A at position 7)");
  }

  @Property(tries = 2000)
  void anyTextWithoutControlCharactersIsGivenAndReadAsOneLineUnchanged(
      @ForAll("passwords") String password, @ForAll boolean crlf) {
    Assume.that(!password.isEmpty() && !password.startsWith("\uFEFF"));
    assertThat(Credentials.givenPassword(password, "X")).isEqualTo(password);
    assertThat(Credentials.givenPassword("\uFEFF" + password, "X")).isEqualTo(password);
    assertThat(Credentials.passwordLine(password + (crlf ? "\r\n" : "\n"), "X"))
        .isEqualTo(password);
  }

  @Property(tries = 2000)
  void aRefusedGivenPasswordIsNeverShown(@ForAll("longPasswords") String password,
      @ForAll("controlCharacters") char control, @ForAll boolean asLine) {
    String text = password.substring(0, 4) + control + password.substring(4);
    Assume.that(!"X gives a password holding a control character".contains(password));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> {
          if (asLine) {
            Credentials.passwordLine(text + "\n", "X");
          } else {
            Credentials.givenPassword(text, "X");
          }
        })
        .withMessageStartingWith("X gives a password holding a control character (U+")
        .withMessageContaining("at position 5)")
        .withMessageNotContaining(password);
  }

  @Provide
  Arbitrary<Character> controlCharacters() {
    return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u001F'),
        Arbitraries.just('\u007F'));
  }

  @Provide
  Arbitrary<String> userNames() {
    return TextArbitraries.wellFormedText(1, 8)
        .filter(name -> name.indexOf(':') < 0 && noControlCharacter(name));
  }

  @Provide
  Arbitrary<String> passwords() {
    return TextArbitraries.wellFormedText(0, 24).filter(CredentialsTest::noControlCharacter);
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "\u00E9", "€", "\uD83D\uDD12"})
  void aPasswordUpToTheCapIsAccepted(String unit) {
    int unitBytes = unit.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    String password = unit.repeat(Credentials.PASSWORD_BYTES / unitBytes);
    assertThat(password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .isGreaterThan(Credentials.PASSWORD_BYTES - unitBytes)
        .isLessThanOrEqualTo(Credentials.PASSWORD_BYTES);
    assertThat(Credentials.givenPassword(password, "PHONELOCK_PASSWORD")).isEqualTo(password);
  }

  @ParameterizedTest
  @ValueSource(ints = {Credentials.PASSWORD_BYTES + 1, 100 * 1024})
  void aLongerPasswordIsRefusedNamingTheSourceNeverTheValue(int bytes) {
    String password = "k".repeat(bytes - 1) + "Z";
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Credentials.givenPassword(password, "PHONELOCK_PASSWORD"))
        .withMessage("PHONELOCK_PASSWORD gives a password larger than 4 KiB, the most accepted;"
            + " give the account's password");
  }

  @Test
  void theCapCountsUtf8BytesNotChars() {
    String password = "€".repeat(Credentials.PASSWORD_BYTES / 3 + 1);
    assertThat(password.length()).isLessThan(Credentials.PASSWORD_BYTES);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Credentials.givenPassword(password, "the typed password"))
        .withMessageStartingWith("the typed password gives a password larger than 4 KiB");
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "   ", "\t", "\u00A0", "\u200B", "\u2800", "\u3164", "\uFEFF"})
  void aBlankOrInvisibleUserNameIsRefusedNamingTheSource(String user) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Credentials.givenUser(user, "PHONELOCK_USER"))
        .withMessage("PHONELOCK_USER gives a blank or invisible user name; give the account's"
            + " name");
  }

  @Test
  void anEmptyGivenUserNameIsRefusedNamingTheSource() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Credentials.givenUser("", "--user"))
        .withMessage("--user gives an empty user name; give the account's name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ann", " ann ", "\u200Bann", "phonelock-svc", "\u00E9"})
  void aUserNameWithSomethingVisibleIsGivenUnchanged(String user) {
    assertThat(Credentials.givenUser(user, "--user")).isEqualTo(user);
  }

  @Provide
  Arbitrary<String> longPasswords() {
    return TextArbitraries.wellFormedText(8, 24).filter(CredentialsTest::noControlCharacter);
  }
}
