package org.phonelock.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

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

  @Provide
  Arbitrary<String> userNames() {
    return TextArbitraries.wellFormedText(1, 8)
        .filter(name -> name.indexOf(':') < 0 && noControlCharacter(name));
  }

  @Provide
  Arbitrary<String> passwords() {
    return TextArbitraries.wellFormedText(0, 24).filter(CredentialsTest::noControlCharacter);
  }

  @Provide
  Arbitrary<String> longPasswords() {
    return TextArbitraries.wellFormedText(8, 24).filter(CredentialsTest::noControlCharacter);
  }
}
