package org.phonelock.adapters.fakeserver;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** Passwords and Authorization values never reach the log (common brief; api-contract.md). */
class NoSecretsInLogsTest {

  @Test
  void requestLogsHoldNoPasswordOrAuthorizationValue() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, UTF_8));
    String authorization = Api.basic("admin", "admin-demo-pw");
    try (FakePhoneLockServer server = FakePhoneLockServer.builder().start()) {
      Api api = new Api(server);
      api.send("PUT", Api.LOCK + "?department=IT", authorization);
      api.send("PUT", Api.LOCK, Api.basic("admin", "wrong-secret-pw"));
      api.send("PUT", Api.LOCK, Api.basic("françois.admin", "Mot-de-passe-été-€"));
      api.send("PUT", Api.LOCK + "?bogus=1", authorization);
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(UTF_8);
    assertThat(log).contains("/fw/Apps/StoneLock/WebAPI/Phones/Lock").contains("admin");
    assertThat(log).doesNotContain("admin-demo-pw").doesNotContain("wrong-secret-pw")
        .doesNotContain("Mot-de-passe").doesNotContain(authorization.substring(6));
  }
}
