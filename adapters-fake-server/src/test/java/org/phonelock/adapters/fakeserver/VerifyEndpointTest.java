package org.phonelock.adapters.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.phonelock.adapters.fakeserver.RequestCount.exactly;
import static org.phonelock.adapters.fakeserver.RequestPattern.lockRequests;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** {@code POST /__fake/verify}: the verification of {@link VerifyTest} over HTTP. */
class VerifyEndpointTest extends SampleServerTest {
  private JsonNode verify(String json) {
    HttpResponse<String> reply = api.sendJson("POST", "/__fake/verify", json);
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
    return Api.json(reply);
  }

  @Test
  void answersTheCountAndOkWhenItMatches() {
    api.adminLock("?department=R%26D");
    JsonNode answer = verify("{\"action\":\"lock\",\"filters\":{\"Department\":\"r&d\"},"
        + "\"user\":\"ADMIN\",\"status\":200,\"count\":{\"exactly\":1}}");
    assertThat(answer.get("matched").asInt()).isEqualTo(1);
    assertThat(answer.get("ok").asBoolean()).isTrue();
    assertThat(answer.get("expected").asText()).isEqualTo("exactly 1");
    assertThat(answer.get("closest")).isEmpty();
  }

  @Test
  void eachCountKindAndTheDefault() {
    api.adminLock("?department=IT");
    api.adminLock("?department=IT");
    assertThat(verify("{\"count\":{\"atLeast\":2}}").get("ok").asBoolean()).isTrue();
    assertThat(verify("{\"count\":{\"atLeast\":3}}").get("ok").asBoolean()).isFalse();
    assertThat(verify("{\"count\":{\"atMost\":1}}").get("ok").asBoolean()).isFalse();
    assertThat(verify("{\"count\":{\"atMost\":2}}").get("ok").asBoolean()).isTrue();
    assertThat(verify("{\"action\":\"unlock\"}").get("ok").asBoolean()).isFalse(); // atLeast 1
    assertThat(verify("{\"action\":\"lock\"}").get("ok").asBoolean()).isTrue();
    JsonNode never = verify("{\"noFilter\":true,\"count\":{\"exactly\":0}}");
    assertThat(never.get("ok").asBoolean()).isTrue();
    assertThat(never.get("expected").asText()).isEqualTo("never");
  }

  @Test
  void onAMismatchShowsTheClosestEntriesAndTheJavaMessage() {
    api.lock("?department=R%26D", "lock-manager", "complete-demo-pw");
    api.unlock("?department=Sales", "admin", "admin-demo-pw");
    JsonNode answer = verify("{\"action\":\"lock\",\"filters\":{\"department\":\"R&D\"},"
        + "\"user\":\"svc-lock\",\"count\":{\"exactly\":1}}");
    assertThat(answer.get("ok").asBoolean()).isFalse();
    assertThat(answer.get("matched").asInt()).isZero();
    JsonNode closest = answer.get("closest");
    assertThat(closest).hasSize(2);
    assertThat(closest.get(0).get("matchedParts").asInt()).isEqualTo(2);
    assertThat(closest.get(0).get("parts").asInt()).isEqualTo(3);
    assertThat(closest.get(0).get("entry").get("username").asText()).isEqualTo("lock-manager");
    assertThat(closest.get(0).get("differences")).extracting(JsonNode::asText)
        .containsExactly("user: expected \"svc-lock\", was \"lock-manager\"");
    assertThat(closest.get(1).get("matchedParts").asInt()).isZero();
    assertThatThrownBy(() -> server.verify(exactly(1), lockRequests()
        .withFilter("department", "R&D").withUser("svc-lock")))
        .hasMessage(answer.get("message").asText());
  }

  @Test
  void refusesAPatternItCannotRead() {
    for (String body : new String[] {"", "[]", "{\"acton\":\"lock\"}", "{\"action\":\"toggle\"}",
        "{\"filters\":{\"bogus\":\"x\"}}", "{\"filters\":{\"department\":\" \"}}",
        "{\"filters\":{\"department\":1}}", "{\"count\":{\"exactly\":-1}}",
        "{\"count\":{\"exactly\":1,\"atLeast\":1}}", "{\"count\":{\"sometimes\":1}}",
        "{\"status\":\"200\"}", "{\"noFilter\":true,\"filters\":{\"department\":\"IT\"}}"}) {
      HttpResponse<String> reply = api.sendJson("POST", "/__fake/verify", body);
      assertThat(reply.statusCode()).as(body).isEqualTo(400);
      assertThat(Api.json(reply).get("error").asText()).as(body).isEqualTo("invalid_pattern");
    }
  }
}
