package org.phonelock.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.phonelock.domain.Credentials;

/** The Basic header value, without a socket (RFC 7617 with charset UTF-8). */
class BasicAuthenticationTest {

  @Provide
  Arbitrary<String> userName() {
    return Texts.userName();
  }

  @Provide
  Arbitrary<String> password() {
    return Arbitraries.frequencyOf(Tuple.of(9, Texts.credential()), Tuple.of(1, Arbitraries.just("")));
  }

  @Property(tries = 10_000, generation = GenerationMode.RANDOMIZED)
  void decodesBackToTheUserNameAndPassword(
      @ForAll("userName") String user, @ForAll("password") String password) {
    String header = BasicAuthentication.headerValue(new Credentials(user, password));
    assertThat(header).matches("Basic [A-Za-z0-9+/]*={0,2}");
    assertThat(Wire.basic(header)).containsExactly(user, password);
  }

  @Example
  void matchesTheExamplesOfRfc7617() {
    assertThat(BasicAuthentication.headerValue(new Credentials("Aladdin", "open sesame")))
        .isEqualTo("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
    // RFC 7617 section 2.1: user "test", password "123£" in UTF-8.
    assertThat(BasicAuthentication.headerValue(new Credentials("test", "123\u00A3")))
        .isEqualTo("Basic dGVzdDoxMjPCow==");
  }

  @Example
  void aUserNameWithAColonNeverReachesTheAdapter() {
    assertThatThrownBy(
            () ->
                PhoneLockClient.builder(URI.create("http://127.0.0.1:9"), new Credentials("a:b", "pw")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a:b' contains ':'")
        .hasMessageNotContaining("pw");
  }
}
