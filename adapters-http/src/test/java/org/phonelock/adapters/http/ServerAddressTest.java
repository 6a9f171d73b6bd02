package org.phonelock.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.phonelock.domain.PhoneLockAction;

class ServerAddressTest {

  @ParameterizedTest
  @CsvSource({
    "http://ucx, http://ucx/fw/Apps/StoneLock/WebAPI/Phones/Lock",
    "http://ucx/, http://ucx/fw/Apps/StoneLock/WebAPI/Phones/Lock",
    "HTTPS://ucx.example.com:8443, https://ucx.example.com:8443/fw/Apps/StoneLock/WebAPI/Phones/Lock",
    "https://proxy/imagicle, https://proxy/imagicle/fw/Apps/StoneLock/WebAPI/Phones/Lock",
    "https://proxy/imagicle//, https://proxy/imagicle/fw/Apps/StoneLock/WebAPI/Phones/Lock",
    "http://[::1]:8080/a%20b/, http://[::1]:8080/a%20b/fw/Apps/StoneLock/WebAPI/Phones/Lock",
    "http://192.168.1.60, http://192.168.1.60/fw/Apps/StoneLock/WebAPI/Phones/Lock",
  })
  void acceptsHttpAndHttpsWithPortAndPathPrefix(String server, String lockEndpoint) {
    ServerAddress address = ServerAddress.of(URI.create(server));
    assertThat(address.endpoint(PhoneLockAction.LOCK)).hasToString(lockEndpoint);
    assertThat(address.endpoint(PhoneLockAction.UNLOCK))
        .hasToString(lockEndpoint.replace("/Lock", "/Unlock"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ftp://ucx | scheme must be http or https",
        "ucx.example.com | scheme must be http or https",
        "/fw/Apps | scheme must be http or https",
        "mailto:admin@ucx | scheme must be http or https",
        "http:ucx | no host name",
        "http:///path | no host name",
        "http://ucx/?department=x | query or a fragment",
        "http://ucx/#top | query or a fragment",
        "http://ucx? | query or a fragment",
        "http://127.0.0.1:99999 | port must be 1 to 65535",
        "http://127.0.0.1:0 | port must be 1 to 65535",
        "http://127.0.0.1: | port must be 1 to 65535",
        "http://ucx/fw | endpoint path",
        "https://ucx/FW/Apps/StoneLock/WebAPI/Phones/Lock | endpoint path",
        "https://proxy/imagicle/fw/Apps | endpoint path",
      })
  void refusesOtherUrlsNamingThemAndWhatIsAccepted(String server, String reason) {
    assertThatThrownBy(() -> ServerAddress.of(URI.create(server)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + server + "\"")
        .hasMessageContaining(reason)
        .hasMessageContaining("accepted: http://HOST[:PORT] or https://HOST[:PORT], optionally with"
            + " a path prefix");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://admin:Secr3t!@ucx/",
        "https://admin:Secr3t!@under_score/",
        "http://Secr3t!@ucx:80",
      })
  void refusesUserInfoWithoutShowingIt(String server) {
    assertThatThrownBy(() -> ServerAddress.of(URI.create(server)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("user name or password")
        .hasMessageContaining("<redacted>@")
        .hasMessageNotContaining("Secr3t");
  }

  @ParameterizedTest
  @CsvSource({"'', http://ucx/fw/Apps/StoneLock/WebAPI/Phones/Unlock",
    "department=R%26D, http://ucx/fw/Apps/StoneLock/WebAPI/Phones/Unlock?department=R%26D"})
  void appendsTheQueryOnlyWhenThereIsOne(String query, String expected) {
    assertThat(ServerAddress.of(URI.create("http://ucx")).request(PhoneLockAction.UNLOCK, query))
        .hasToString(expected);
  }
}
