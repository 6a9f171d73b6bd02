package org.phonelock.adapters.fakeserver;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.phonelock.adapters.fakeserver.internal.directory.PasswordDigest;
import org.phonelock.adapters.fakeserver.internal.http.BasicAuthorization;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.Text;

/** Credentials and directory cells of any Unicode text survive the fake's strict decoding. */
class ArbitraryTextPropertiesTest {

  @Property
  void basicCredentialsRoundTripAsUtf8(
      @ForAll @StringLength(min = 1, max = 30) String username, @ForAll String password) {
    Assume.that(username.indexOf(':') < 0 && Text.isWellFormedUtf16(username)
        && Text.isWellFormedUtf16(password));
    assertThat(BasicAuthorization.parse(Api.basic(username, password)))
        .hasValue(new BasicAuthorization(username, password));
  }

  @Property
  void aNonAsciiPasswordSentAsIso88591NeverDecodesToItself(
      @ForAll @StringLength(min = 1, max = 30) String password) {
    Assume.that(Text.isWellFormedUtf16(password) && password.chars().anyMatch(c -> c > 127));
    assertThat(BasicAuthorization.parse(Api.basic("ann", password, ISO_8859_1)))
        .map(BasicAuthorization::password).isNotEqualTo(java.util.Optional.of(password));
  }

  @Property
  void credentialsNeverShowThePassword(@ForAll @StringLength(min = 12, max = 30) String password) {
    Assume.that(!"BasicAuthorization[username=ann, password=<redacted>]".contains(password));
    assertThat(new BasicAuthorization("ann", password).toString()).doesNotContain(password);
  }

  @Property
  void aPasswordDigestMatchesExactlyItsPassword(@ForAll String password, @ForAll String other) {
    Assume.that(Text.isWellFormedUtf16(password) && Text.isWellFormedUtf16(other));
    assertThat(PasswordDigest.of(password).matches(password)).isTrue();
    assertThat(PasswordDigest.of(password).matches(other)).isEqualTo(password.equals(other));
  }

  @Property
  void anyCellValueRoundTripsThroughRfc4180Quoting(
      @ForAll @StringLength(min = 1, max = 40) String value, @ForAll boolean semicolon)
      throws Exception {
    Assume.that(Text.isWellFormedUtf16(value));
    char delimiter = semicolon ? ';' : ',';
    StringWriter csv = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(csv,
        CSVFormat.RFC4180.builder().setDelimiter(delimiter).get())) {
      printer.printRecord("username", "customField1");
      printer.printRecord("ann", value);
    }
    UserDirectory directory = UserDirectory.parse(new StringReader(csv.toString()), "p.csv");
    assertThat(directory.users().get(0).field(FilterField.CUSTOM_FIELD_1)).hasValue(value);
  }
}
