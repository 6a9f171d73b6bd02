package org.phonelock.adapters.fakeserver.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Contract: api-contract.md, "Authentication". Only the no-rights account and an unknown user
 * send wrong passwords, so that an account lockout policy on a real server cannot hit the admin.
 */
class AuthenticationContractTest extends ContractSuite {
  private static final String LOCK = ContractClient.PHONES + "Lock?";

  @Test
  void missingCredentialsGet401WithABasicChallenge() {
    HttpResponse<String> reply = http.send("PUT", LOCK + filter(), null);
    assertThat(reply.statusCode()).isEqualTo(401);
    assertThat(reply.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        challenge -> assertThat(challenge).matches("(?i)basic\\s.*realm=.*"));
  }

  @Test
  void aWrongPasswordAndAnUnknownUserGetTheSame401() {
    String wrongPassword = "phonelock-contract-wrong-pw";
    HttpResponse<String> wrong = http.send("PUT", LOCK + filter(),
        ContractClient.basic(settings.noRights().user(), wrongPassword));
    HttpResponse<String> unknown = http.send("PUT", LOCK + filter(),
        ContractClient.basic("phonelock-contract-no-such-user", wrongPassword));
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(unknown.body()).isEqualTo(wrong.body());
    assertThat(unknown.headers().allValues("WWW-Authenticate"))
        .isEqualTo(wrong.headers().allValues("WWW-Authenticate"));
    assertThat(wrong.body()).doesNotContain(wrongPassword);
  }

  @Test
  void malformedCredentialsGet401() {
    for (String header : new String[] {"Basic", "Basic !!!not-base64!!!", "Basic bm9jb2xvbg=="}) {
      assertThat(http.send("PUT", LOCK + filter(), header).statusCode()).as(header)
          .isEqualTo(401);
    }
  }
}
