package org.phonelock.adapters.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
  void aPathThatIsNotExactlyAnEndpointDoesNotAct() throws Exception {
    // api-contract.md, "Endpoints" names the paths (case aside) and "Responses" gives any other
    // path 404: an encoded '/', a dot segment, an empty segment or a trailing '/' is another
    // path, whatever a decoding or normalizing reader would make of it (RequestTarget).
    String phones = "/fw/Apps/StoneLock/WebAPI/Phones";
    String auth = "Authorization: " + Api.basic("admin", "admin-demo-pw") + "\r\n";
    for (String path : List.of(phones + "%2FLock", phones + "%2fLock", phones + "/x/%2E%2E/Lock",
        phones + "/x/../Lock", phones + "/./Lock", phones + "/%2E/Lock", phones + "//Lock",
        "/" + Api.LOCK, Api.LOCK + "/", Api.LOCK + "%2F", phones + "%2F%4Cock")) {
      RawHttp.Reply reply = RawHttp.send(server.baseUri(),
          (path + "?department=IT").getBytes(StandardCharsets.ISO_8859_1), "PUT", auth);
      assertThat(reply.status()).as(path).isEqualTo(404);
      assertThat(reply.text()).as(path).contains("\"error\":\"not_found\"");
      assertThat(server.lines()).as(path).noneMatch(LineState::locked);
    }
    // The journal keeps the path as routed: no entry reads as a lock request.
    assertThat(server.journal()).extracting(JournalEntry::path).contains(phones + "%2FLock");
    server.verify(RequestCount.never(), RequestPattern.lockRequests());
    // An admin path is routed the same way: nothing is reset.
    api.adminLock("?department=IT");
    RawHttp.Reply reset = RawHttp.send(server.baseUri(),
        "/__fake%2Freset".getBytes(StandardCharsets.ISO_8859_1), "POST", "");
    assertThat(reset.status()).isEqualTo(404);
    assertThat(server.lines()).anyMatch(LineState::locked);
  }

  @Test
  void anEscapedUnreservedCharacterIsTheCharacterItself() throws Exception {
    // RFC 3986, section 2.3: "%4C" and "L" are the same URI; case aside, as for every path.
    RawHttp.Reply reply = RawHttp.send(server.baseUri(),
        "/fw/Apps/StoneLock/WebAPI/Phones/%4cOCK?department=IT".getBytes(StandardCharsets.ISO_8859_1),
        "PUT", "Authorization: " + Api.basic("admin", "admin-demo-pw") + "\r\n");
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    assertThat(server.journal()).extracting(JournalEntry::path)
        .containsExactly("/fw/Apps/StoneLock/WebAPI/Phones/LOCK");
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
