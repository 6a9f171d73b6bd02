package org.phonelock.adapters.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** {@code GET /__fake/health}, the container image's health probe (docker/fake-server). */
class AdminHealthTest extends SampleServerTest {
  @Test
  void answersUpEvenWhileEveryPhoneLockRequestIsDropped() {
    server.injectFault(Fault.drop());
    HttpResponse<String> reply = api.send("GET", "/__fake/health", null);
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("{\"status\":\"up\"}");
  }

  @Test
  void onlyGet() {
    assertThat(api.send("POST", "/__fake/health", null).statusCode()).isEqualTo(405);
  }
}
