package org.phonelock.adapters.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The demo accounts of the sample directory log in with their documented passwords. */
class SampleAccountsTest {

  @Test
  void everyDemoAccountAuthenticatesWithItsDocumentedPassword() throws Exception {
    try (FakePhoneLockServer server = FakePhoneLockServer.builder().start()) {
      Api api = new Api(server);
      // A department filter nobody has: the action changes nothing, but credentials are checked.
      String query = "?department=nobody";
      assertThat(api.lock(query, "admin", "admin-demo-pw").statusCode()).isEqualTo(200);
      assertThat(api.lock(query, "lock-manager", "complete-demo-pw").statusCode()).isEqualTo(200);
      assertThat(api.lock(query, "rd-manager", "rd-demo-pw").statusCode()).isEqualTo(200);
      assertThat(api.lock(query, "sales-manager", "sales-demo-pw").statusCode()).isEqualTo(200);
      assertThat(api.lock(query, "orphan-manager", "orphan-demo-pw").statusCode()).isEqualTo(403);
      assertThat(api.lock(query, "no-rights", "none-demo-pw").statusCode()).isEqualTo(403);
      assertThat(api.lock(query, "françois.admin", "Mot-de-passe-été-€").statusCode())
          .isEqualTo(200);
      assertThat(server.lines()).noneMatch(LineState::locked);
    }
  }
}
