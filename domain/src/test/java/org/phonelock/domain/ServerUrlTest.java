package org.phonelock.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ServerUrl}: the one definition of an accepted server URL, used by the library builder,
 * {@code --server}, profiles and schedule files.
 */
class ServerUrlTest {

  @ParameterizedTest
  @CsvSource({
    "https://ias.example.com, https://ias.example.com",
    "HTTPS://ias.example.com:8443/, https://ias.example.com:8443",
    "http://proxy/imagicle//, http://proxy/imagicle",
    "http://[::1]:9000, http://[::1]:9000",
  })
  void acceptsHttpAndHttpsBaseUrlsAndNormalisesThem(String text, String base) {
    assertThat(ServerUrl.parse(text).base()).hasToString(base);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "ftp://ias | the scheme must be http or https",
    "ias.example.com | the scheme must be http or https",
    "http:///x | no host name",
    "http://ias/?department=x | a query or a fragment",
    "http://ias/#top | a query or a fragment",
    "http://ias:0 | the port must be 1 to 65535",
    "http://ias/fw/Apps/StoneLock/WebAPI/Phones/Lock | the endpoint path",
    "http://ias example | not a valid URL",
  })
  void refusesEverythingElseSayingWhyAndWhatIsAccepted(String text, String reason) {
    assertThatIllegalArgumentException().isThrownBy(() -> ServerUrl.parse(text))
        .withMessageContaining(reason)
        .withMessageContaining(ServerUrl.ACCEPTED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://svc:S3cret-pw@ias.example.com", "https://svc:S3cret-pw@ias x",
    "http://:S3cret-pw@ias"})
  void aPasswordInTheUrlNeverReachesTheMessage(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> ServerUrl.parse(text))
        .withMessageNotContaining("S3cret-pw");
  }

  @ParameterizedTest
  @CsvSource({
    "http://ias.example.com, true", "https://ias.example.com, false",
    "http://127.0.0.1:8080, false", "http://localhost, false", "http://LOCALHOST, false",
    "http://[::1]:8080, false", "http://127.9.9.9, false", "http://10.0.0.1, true",
  })
  void plainHttpToAnotherHostSendsCredentialsInClear(String text, boolean inClear) {
    assertThat(ServerUrl.parse(text).sendsCredentialsInClear()).isEqualTo(inClear);
  }

  @Test
  void aNonNormalisedBaseIsRefusedByTheConstructor() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ServerUrl(java.net.URI.create("HTTP://ias/")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:18081/a/../../", "https://ias/./imagicle",
    "https://ias/proxy/%2e%2E/x", "https://ias/.."})
  void aDotSegmentIsRefusedNotSentForSomeoneToResolve(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> ServerUrl.parse(text))
        .withMessageContaining("segment");
  }

  @Test
  void aLineBreakInTheUrlStaysOnTheMessagesOneLine() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ServerUrl.parse("https://ias\r\nX-Forged: 1"))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "\r"));
  }

  @ParameterizedTest
  @CsvSource({
    "http://127.0.0.1:18081, HTTP://127.0.0.1:18081/, true",
    "https://IAS.example.com, https://ias.example.com:443, true",
    "http://ias, http://ias:80/, true",
    "http://ias, https://ias, false",
    "http://ias:8080, http://ias:8081, false",
    "https://proxy/a, https://proxy/b, false",
    "https://ias.example.com., https://ias.example.com, true",
    "http://127.0.0.1:18080, http://localhost:18080, false",
    "http://[::1]:18080, http://127.0.0.1:18080, false",
  })
  void sameServerIgnoresHostCaseTrailingDotAndDefaultPorts(String a, String b, boolean same) {
    assertThat(ServerUrl.parse(a).sameServerAs(ServerUrl.parse(b))).isEqualTo(same);
    assertThat(ServerUrl.parse(b).sameServerAs(ServerUrl.parse(a))).isEqualTo(same);
  }

  /** Certainly the same (a kept password goes there) is narrower than maybe the same (refused). */
  @ParameterizedTest
  @CsvSource({
    "http://127.0.0.1:18080, http://localhost:18080, true",
    "http://[::1]:18080, http://LOCALHOST.:18080/, true",
    "http://127.0.0.2:18080, http://127.0.0.1:18080, true",
    "http://0.0.0.0:18080, http://127.0.0.1:18080, true",
    "http://[::]:18080, http://localhost:18080, true",
    "http://127.0.0.1:18080, http://127.0.0.1:18081, false",
    "https://localhost:18080, http://localhost:18080, false",
    "http://ias:80, http://IAS./, true",
    "http://ias, http://ias2, false",
  })
  void theNamesOfThisMachineMayBeOneServer(String a, String b, boolean same) {
    assertThat(ServerUrl.parse(a).mayBeSameServerAs(ServerUrl.parse(b))).isEqualTo(same);
    assertThat(ServerUrl.parse(b).mayBeSameServerAs(ServerUrl.parse(a))).isEqualTo(same);
  }
}
