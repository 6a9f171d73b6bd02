package org.phonelock.adapters.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phonelock.adapters.fakeserver.internal.http.HttpListener;

/** api-contract.md, "Endpoints" and "Responses"; plus the fake-only admin API. */
class RoutingTest extends SampleServerTest {
  @Test
  void baseUriHasNoTrailingSlash() {
    assertThat(server.baseUri().toString()).matches("http://127\\.0\\.0\\.1:[0-9]+");
  }

  @Test
  void theListenerSendsWithoutNagleDelay() {
    // Without it, each request on a kept-alive connection waited for a delayed ACK (HttpListener).
    assertThat(server.noDelay()).isTrue();
  }

  @Test
  void pathsMatchCaseInsensitively() {
    HttpResponse<String> lock =
        api.put("/FW/apps/stonelock/webapi/PHONES/lock?department=Legal", "admin", "admin-demo-pw");
    assertThat(lock.statusCode()).isEqualTo(200);
    assertThat(Api.summary(lock)).containsEntry("action", "Lock");
    HttpResponse<String> unlock =
        api.put("/fw/APPS/StoneLock/WebApi/Phones/UNLOCK?department=Legal", "Admin",
            "admin-demo-pw");
    assertThat(Api.summary(unlock)).containsEntry("action", "Unlock")
        .containsEntry("changedLines", Api.changedLines(lock));
    assertThat(server.lines()).noneMatch(LineState::locked);
  }

  @Test
  void otherMethodsGet405WithAllowPut() {
    for (String method : List.of("GET", "POST", "DELETE", "PATCH", "put")) {
      HttpResponse<String> response =
          api.send(method, Api.LOCK, Api.basic("admin", "admin-demo-pw"));
      assertThat(response.statusCode()).as(method).isEqualTo(405);
      assertThat(response.headers().firstValue("Allow")).as(method).hasValue("PUT");
      assertThat(Api.json(response).get("error").asText()).isEqualTo("method_not_allowed");
    }
    HttpResponse<String> head = api.send("HEAD", Api.UNLOCK, null);
    assertThat(head.statusCode()).isEqualTo(405);
    assertThat(head.headers().firstValue("Allow")).hasValue("PUT");
    assertThat(server.lines()).noneMatch(LineState::locked);
  }

  @Test
  void unknownPathsGet404() {
    for (String path : List.of("/", "/fw/Apps/StoneLock/WebAPI/Phones/Lockx",
        "/fw/Apps/StoneLock/WebAPI/Phones", "/fw/Apps/StoneLock/WebAPI/Phones/Lock/extra",
        "/__fake/nothing")) {
      HttpResponse<String> response = api.send("PUT", path, Api.basic("admin", "admin-demo-pw"));
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(Api.json(response).get("error").asText()).isEqualTo("not_found");
    }
  }

  @Test
  void everyErrorIsAJsonObjectWithErrorAndMessageOnly() {
    List<HttpResponse<String>> errors = List.of(
        api.send("PUT", "/nope", null),
        api.send("GET", Api.LOCK, null),
        api.send("PUT", Api.LOCK, null),
        api.lock("", "no-rights", "none-demo-pw"),
        api.adminLock("?bogus=1"));
    assertThat(errors).extracting(HttpResponse::statusCode)
        .containsExactly(404, 405, 401, 403, 400);
    for (HttpResponse<String> response : errors) {
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/json; charset=utf-8");
      JsonNode body = Api.json(response);
      assertThat(body.isObject()).isTrue();
      assertThat(body.fieldNames()).toIterable().containsExactly("error", "message");
      assertThat(body.get("message").asText()).isNotBlank().doesNotContain("Exception")
          .doesNotContain("at org.");
    }
  }

  @Test
  void fakeLinesListsEveryLineWithItsState() {
    api.adminLock("?department=R%26D&customField1=Example1");
    HttpResponse<String> response = api.send("GET", "/__fake/lines", null);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode lines = Api.json(response);
    assertThat(lines.size()).isEqualTo(server.lines().size());
    JsonNode first = lines.get(0);
    assertThat(first.fieldNames()).toIterable()
        .containsExactly("username", "department", "extension", "partition", "locked");
    for (int i = 0; i < lines.size(); i++) {
      LineState state = server.lines().get(i);
      JsonNode node = lines.get(i);
      assertThat(node.get("username").asText()).isEqualTo(state.username());
      assertThat(node.get("extension").asText()).isEqualTo(state.extension());
      assertThat(node.get("partition").isNull()).isEqualTo(state.partition() == null);
      assertThat(node.get("department").isNull()).isEqualTo(state.department() == null);
      assertThat(node.get("locked").asBoolean()).isEqualTo(state.locked());
    }
    assertThat(api.send("POST", "/__fake/lines", null).headers().firstValue("Allow"))
        .hasValue("GET");
  }

  @Test
  void closeStopsListeningAndIsIdempotent() {
    server.close();
    server.close();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> api.send("PUT", Api.LOCK, null))
        .isInstanceOf(java.io.UncheckedIOException.class);
  }
}
