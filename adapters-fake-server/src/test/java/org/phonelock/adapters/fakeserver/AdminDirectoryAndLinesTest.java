package org.phonelock.adapters.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phonelock.domain.Permission;

/**
 * Fake-only admin API: {@code GET /__fake/lines} filtered like the Phone Lock endpoints, and
 * {@code PUT /__fake/directory} loading another directory (README, "Fake-only admin API").
 */
class AdminDirectoryAndLinesTest extends SampleServerTest {
  private static final String DIRECTORY = """
      username,password,permission,department,lines,customField1,locked
      boss,boss-pw,admin,IT,1001,,false
      ann,,,Sales,3001|3002@PT_Desk,Lyon,true
      """;

  @Test
  void linesTakeThePhoneLockFiltersCaseInsensitively() {
    HttpResponse<String> reply =
        api.send("GET", "/__fake/lines?DEPARTMENT=r%26d&customfield1=milano+hq", null);
    assertThat(reply.statusCode()).isEqualTo(200);
    List<String> expected = server.lines().stream()
        .filter(line -> "R&D".equals(line.department())).map(LineState::extension).toList();
    assertThat(expected).isNotEmpty();
    List<String> shown = Api.json(reply).findValuesAsText("extension");
    assertThat(shown).isSubsetOf(expected).isNotEmpty();
    assertThat(Api.json(api.send("GET", "/__fake/lines", null)).size())
        .isEqualTo(server.lines().size());
  }

  @Test
  void linesRefuseABadFilterNamingIt() {
    for (String query : List.of("?bogus=1", "?department=", "?department=a&Department=b")) {
      HttpResponse<String> reply = api.send("GET", "/__fake/lines" + query, null);
      assertThat(reply.statusCode()).as(query).isEqualTo(400);
      assertThat(Api.json(reply).get("error").asText()).isEqualTo("invalid_filter");
    }
    assertThat(Api.json(api.send("GET", "/__fake/lines?bogus=1", null)).get("message").asText())
        .contains("bogus");
  }

  @Test
  void putDirectoryServesOtherUsersFromNowOn() {
    api.adminLock("?department=Legal");
    server.injectFault(Fault.delay(Duration.ZERO));
    HttpResponse<String> loaded = api.sendBody("PUT", "/__fake/directory", "text/csv", DIRECTORY);
    assertThat(loaded.statusCode()).isEqualTo(200);
    assertThat(loaded.body()).isEqualTo("{\"users\":2,\"lines\":3}");
    assertThat(server.lines()).extracting(LineState::extension, LineState::locked)
        .containsExactly(tuple("1001", false), tuple("3001", true), tuple("3002", true));
    assertThat(server.journal()).isEmpty();
    assertThat(server.faults()).hasSize(1);
    assertThat(api.adminLock("").statusCode()).isEqualTo(401);
    assertThat(api.unlock("?customField1=LYON", "boss", "boss-pw").statusCode()).isEqualTo(200);
    assertThat(server.lines()).noneMatch(LineState::locked);
    api.send("POST", "/__fake/reset", null);
    assertThat(Api.lockedExtensions(server)).containsExactly("3001", "3002");
  }

  @Test
  void aMalformedDirectoryIsRefusedWithLineAndReasonAndChangesNothing() {
    List<LineState> before = server.lines();
    HttpResponse<String> reply = api.sendBody("PUT", "/__fake/directory", "text/csv",
        "username,password,permission\nboss,secret-pw,superuser\n");
    assertThat(reply.statusCode()).isEqualTo(400);
    JsonNode error = Api.json(reply);
    assertThat(error.get("error").asText()).isEqualTo("invalid_directory");
    assertThat(error.get("message").asText())
        .startsWith("request body:2: unknown permission 'superuser'");
    assertThat(reply.body()).doesNotContain("secret-pw");
    assertThat(server.lines()).isEqualTo(before);
    assertThat(api.adminLock("?department=IT").statusCode()).isEqualTo(200);
  }

  @Test
  void theJavaApiLoadsADirectoryToo() throws Exception {
    server.loadDirectory(UserDirectory.builder()
        .user("solo", u -> u.password("pw").permission(Permission.IMAGICLE_ADMIN).lines("7"))
        .build());
    assertThat(server.lines()).extracting(LineState::username).containsExactly("solo");
    assertThat(api.lock("", "solo", "pw").statusCode()).isEqualTo(200);
    assertThat(Api.lockedExtensions(server)).containsExactly("7");
  }

  @Test
  void onlyPutLoadsADirectory() {
    HttpResponse<String> reply = api.sendBody("POST", "/__fake/directory", "text/csv", DIRECTORY);
    assertThat(reply.statusCode()).isEqualTo(405);
    assertThat(reply.headers().firstValue("Allow")).hasValue("PUT");
  }
}
