package org.phonelock.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phonelock.application.ChangeCounts;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.Retries;
import org.phonelock.domain.Credentials;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.PhoneLockAction;

class ResponseMapperTest {
  private static final Credentials CREDENTIALS = new Credentials("admin", "Secr3t-pw");
  private static final Secrets SECRETS =
      new Secrets(CREDENTIALS, BasicAuthentication.headerValue(CREDENTIALS));
  private static final Filter FILTER = Filter.builder().put(FilterField.DEPARTMENT, "R&D").build();

  private static final Retries RETRIES = new Retries(
      2, 2, Retries.End.LIMIT_REACHED, Optional.empty(), Duration.ofSeconds(120));

  private static PhoneLockResult map(int status, String body) {
    HttpAnswer answer = new HttpAnswer(status, "", Optional.empty(), Optional.empty(), body);
    return ResponseMapper.map(answer, RETRIES, PhoneLockAction.LOCK, FILTER, SECRETS);
  }

  @Test
  void okWithTheContractsJsonGivesTheCounts() {
    assertThat(map(200, "{\"action\":\"Lock\",\"matchedUsers\":2,\"matchedLines\":3,\"changedLines\":1}"))
        .isEqualTo(
            new PhoneLockResult.Applied(
                PhoneLockAction.LOCK, FILTER, Optional.of(new ChangeCounts(2, 3, 1))));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "OK",
        "<html><body>done</body></html>",
        "{\"matchedUsers\":2,\"matchedLines\":3}",
        "{\"matchedUsers\":2,\"matchedLines\":3,\"changedLines\":\"1\"}",
        "{\"matchedUsers\":2,\"matchedLines\":3,\"changedLines\":1.5}",
        "{\"matchedUsers\":2,\"matchedLines\":3,\"changedLines\":4}",
        "{\"matchedUsers\":-1,\"matchedLines\":3,\"changedLines\":1}",
        "{\"matchedUsers\":2,\"matchedLines\":99999999999,\"changedLines\":1}",
        "[1,2,3]",
        "null",
        "{\"matchedUsers\":2,",
      })
  void okWithAnyOtherBodyIsAppliedWithoutCounts(String body) {
    assertThat(map(200, body))
        .isEqualTo(new PhoneLockResult.Applied(PhoneLockAction.LOCK, FILTER, Optional.empty()));
  }

  @Test
  void anyOther2xxIsAppliedToo() {
    assertThat(map(204, "")).isInstanceOf(PhoneLockResult.Applied.class);
  }

  @Test
  void mapsEachErrorStatusToItsResult() {
    String body = "{\"error\":\"x\",\"message\":\"the message\"}";
    assertThat(map(401, body)).isEqualTo(new PhoneLockResult.AuthenticationFailed("the message"));
    assertThat(map(403, body)).isEqualTo(new PhoneLockResult.PermissionDenied("the message"));
    for (int status : new int[] {400, 404, 405, 409, 418, 499}) {
      assertThat(map(status, body)).isEqualTo(new PhoneLockResult.Refused(status, "the message"));
    }
    for (int status : new int[] {429, 500, 502, 503, 504, 599, 600, 101}) {
      assertThat(map(status, body)).isEqualTo(new PhoneLockResult.ServerError(status, "the message", Optional.of(RETRIES)));
    }
  }

  @Test
  void aRedirectIsRefusedNamingTheTarget() {
    HttpAnswer answer =
        new HttpAnswer(
            301, "Moved", Optional.empty(), Optional.of("https://ucx.example.com/fw/x"), "");
    PhoneLockResult result = ResponseMapper.map(answer, RETRIES, PhoneLockAction.LOCK, FILTER, SECRETS);
    assertThat(result).isInstanceOf(PhoneLockResult.Refused.class);
    assertThat(((PhoneLockResult.Refused) result).serverMessage())
        .contains("redirected to https://ucx.example.com/fw/x")
        .contains("give that address as the server URL");
  }
}
