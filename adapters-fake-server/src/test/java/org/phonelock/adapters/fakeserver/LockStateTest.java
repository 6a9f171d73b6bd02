package org.phonelock.adapters.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** api-contract.md, "Which lines an action touches" and "Responses" (changedLines). */
class LockStateTest {
  private static final String DIRECTORY = """
      username,password,permission,department,lines,customField1,locked
      boss,pw,admin,IT,,,
      ann,,,IT,100|101@PT_A,x,true
      ben,,,IT,200,x,false
      cid,,,Sales,300@PT_B|301|302,x,
      dee,,,Sales,,x,
      """;

  @Test
  void theDirectorysLockedColumnSetsTheInitialState() throws Exception {
    try (FakePhoneLockServer server = start()) {
      assertThat(server.lines()).extracting(LineState::extension, LineState::partition,
              LineState::locked)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("100", null, true),
              org.assertj.core.groups.Tuple.tuple("101", "PT_A", true),
              org.assertj.core.groups.Tuple.tuple("200", null, false),
              org.assertj.core.groups.Tuple.tuple("300", "PT_B", false),
              org.assertj.core.groups.Tuple.tuple("301", null, false),
              org.assertj.core.groups.Tuple.tuple("302", null, false));
    }
  }

  @Test
  void changedLinesCountsOnlyLinesWhoseStateChanged() throws Exception {
    try (FakePhoneLockServer server = start()) {
      Api api = new Api(server);
      assertThat(Api.summary(api.lock("?department=IT", "boss", "pw")))
          .containsEntry("matchedUsers", 3).containsEntry("matchedLines", 3)
          .containsEntry("changedLines", 1);
      assertThat(Api.summary(api.lock("?customField1=x", "boss", "pw")))
          .containsEntry("matchedUsers", 4).containsEntry("matchedLines", 6)
          .containsEntry("changedLines", 3);
      assertThat(server.lines()).allMatch(LineState::locked);
    }
  }

  @Test
  void actionsAreIdempotent() throws Exception {
    try (FakePhoneLockServer server = start()) {
      Api api = new Api(server);
      HttpResponse<String> first = api.unlock("", "boss", "pw");
      List<LineState> after = server.lines();
      HttpResponse<String> second = api.unlock("", "boss", "pw");
      assertThat(first.statusCode()).isEqualTo(200);
      assertThat(second.statusCode()).isEqualTo(200);
      assertThat(Api.changedLines(first)).isEqualTo(2);
      assertThat(Api.changedLines(second)).isZero();
      assertThat(server.lines()).isEqualTo(after).noneMatch(LineState::locked);
    }
  }

  @Test
  void linesIsASnapshot() throws Exception {
    try (FakePhoneLockServer server = start()) {
      List<LineState> before = server.lines();
      new Api(server).lock("", "boss", "pw");
      assertThat(before).filteredOn(LineState::locked).hasSize(2);
      assertThat(server.lines()).allMatch(LineState::locked);
    }
  }

  private static FakePhoneLockServer start() throws Exception {
    return FakePhoneLockServer.builder()
        .directory(UserDirectory.parse(new StringReader(DIRECTORY), "test.csv")).start();
  }
}
