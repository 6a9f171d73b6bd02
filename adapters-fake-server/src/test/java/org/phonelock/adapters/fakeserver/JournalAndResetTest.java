package org.phonelock.adapters.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fake-only request journal and reset ({@code /__fake/journal}, {@code /__fake/reset}). */
class JournalAndResetTest extends SampleServerTest {
  @Test
  void theJournalRecordsEachPhoneLockRequestWithoutSecrets() {
    Instant before = Instant.now();
    api.adminLock("?department=R%26D&CUSTOMFIELD1=Example1");
    api.lock("", "nobody", "secret-guess-pw");
    api.send("PUT", Api.UNLOCK + "?bogus=1", Api.basic("lock-manager", "complete-demo-pw"));
    api.send("GET", "/__fake/lines", null);
    List<JournalEntry> journal = server.journal();
    assertThat(journal).hasSize(3);
    JournalEntry first = journal.get(0);
    assertThat(first.time()).isAfterOrEqualTo(before);
    assertThat(first.method()).isEqualTo("PUT");
    assertThat(first.path()).isEqualTo(Api.LOCK);
    assertThat(first.query()).isEqualTo("department=R%26D&CUSTOMFIELD1=Example1");
    assertThat(first.filters()).containsExactly(
        Map.entry("department", "R&D"), Map.entry("customField1", "Example1"));
    assertThat(first.username()).isEqualTo("admin");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.fault()).isNull();
    assertThat(journal.get(1)).extracting(JournalEntry::username, JournalEntry::status)
        .containsExactly("nobody", 401);
    assertThat(journal.get(2)).extracting(JournalEntry::path, JournalEntry::status)
        .containsExactly(Api.UNLOCK, 400);
    assertThat(journal.get(2).filters()).isEmpty();
    assertThat(journal.get(2).filterError()).contains("bogus");
    assertThat(journal).extracting(JournalEntry::sequence).isSorted().doesNotHaveDuplicates();
    assertThat(journal.toString()).doesNotContain("secret-guess-pw")
        .doesNotContain("admin-demo-pw").doesNotContain("complete-demo-pw");
  }

  @Test
  void getFakeJournalShowsTheSameEntriesAsJson() {
    api.adminLock("?department=Legal");
    api.send("DELETE", Api.LOCK, null);
    HttpResponse<String> response = api.send("GET", "/__fake/journal", null);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode journal = Api.json(response);
    assertThat(journal.size()).isEqualTo(2);
    JsonNode first = journal.get(0);
    assertThat(first.fieldNames()).toIterable().containsExactly(
        "sequence", "time", "method", "path", "query", "filters", "filterError", "username",
        "status", "fault", "appliedOrder");
    assertThat(Instant.parse(first.get("time").asText())).isEqualTo(server.journal().get(0).time());
    assertThat(first.get("filters").get("department").asText()).isEqualTo("Legal");
    assertThat(first.get("username").asText()).isEqualTo("admin");
    assertThat(first.get("status").asInt()).isEqualTo(200);
    assertThat(first.get("fault").isNull()).isTrue();
    JsonNode second = journal.get(1);
    assertThat(second.get("method").asText()).isEqualTo("DELETE");
    assertThat(second.get("status").asInt()).isEqualTo(405);
    assertThat(second.get("username").isNull()).isTrue();
    assertThat(second.get("query").isNull()).isTrue();
    assertThat(response.body()).doesNotContain("admin-demo-pw");
  }

  @Test
  void resetGoesBackToTheLoadedDirectory() throws Exception {
    UserDirectory directory = UserDirectory.parse(new StringReader(
        "username,password,permission,lines,locked\nboss,pw,admin,1|2,true\nann,,,3,false\n"),
        "reset.csv");
    try (FakePhoneLockServer own = FakePhoneLockServer.builder().directory(directory).start()) {
      Api ownApi = new Api(own);
      List<LineState> initial = own.lines();
      ownApi.unlock("", "boss", "pw");
      own.injectFault(Fault.status(503));
      assertThat(own.lines()).noneMatch(LineState::locked);
      HttpResponse<String> reset = ownApi.send("POST", "/__fake/reset", null);
      assertThat(reset.statusCode()).isEqualTo(204);
      assertThat(own.lines()).isEqualTo(initial);
      assertThat(own.journal()).isEmpty();
      assertThat(own.faults()).isEmpty();
      ownApi.lock("", "boss", "pw");
      own.reset();
      assertThat(own.lines()).isEqualTo(initial);
      assertThat(own.journal()).isEmpty();
      assertThat(ownApi.send("GET", "/__fake/reset", null).headers().firstValue("Allow"))
          .hasValue("POST");
    }
  }
}
