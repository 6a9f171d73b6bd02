package org.phonelock.adapters.fakeserver;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** api-contract.md, "Filters" and "Which lines an action touches", over a real socket. */
class FiltersTest extends SampleServerTest {
  private static final List<String> RD_EXAMPLE1_USERS = List.of("giulia.ferrari", "tomas.ibanez",
      "hélène.faure", "lukas.brandt", "chiara.longo", "seán.walsh", "ines.rocha");

  @Test
  void theVendorCurlExampleLocksExactlyTheRdExample1Lines() {
    HttpResponse<String> response = api.adminLock("?department=R%26D&customField1=Example1");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(lockedUsers()).containsExactlyInAnyOrderElementsOf(RD_EXAMPLE1_USERS);
    assertThat(Api.summary(response)).containsEntry("action", "Lock")
        .containsEntry("matchedUsers", 7).containsEntry("matchedLines", 11)
        .containsEntry("changedLines", 11);
    assertThat(server.lines().stream().filter(LineState::locked))
        .allMatch(line -> line.department().equals("R&D"));
  }

  @Test
  void fieldNamesAndValuesMatchCaseInsensitively() {
    HttpResponse<String> response = api.adminLock("?DEPARTMENT=r%26d&CustomField1=EXAMPLE1");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(lockedUsers()).containsExactlyInAnyOrderElementsOf(RD_EXAMPLE1_USERS);
  }

  @Test
  void valuesAreNotTrimmed() {
    api.adminLock("?department=R%26D&customField1=Example1%20");
    assertThat(lockedUsers()).containsExactly("leonor.araujo");
  }

  @Test
  void plusDecodesToSpaceAndValuesAreUtf8() {
    api.adminLock("?department=Sales+%26+Marketing");
    api.adminLock("?department=Log%C3%ADstica");
    assertThat(server.lines().stream().filter(LineState::locked).map(LineState::department))
        .isNotEmpty().containsOnly("Sales & Marketing", "Logística");
  }

  @Test
  void severalFiltersCombineWithAnd() {
    api.adminLock("?department=Customer%20Care&customField1=Night%20shift&customField2=Floor%202");
    assertThat(server.lines().stream().filter(LineState::locked).map(LineState::username))
        .isNotEmpty();
    var selected = UserDirectory.sample().users().stream()
        .filter(u -> u.department().orElse("").equals("Customer Care"))
        .filter(u -> u.field(org.phonelock.domain.FilterField.CUSTOM_FIELD_1).orElse("")
            .equals("Night shift"))
        .filter(u -> u.field(org.phonelock.domain.FilterField.CUSTOM_FIELD_2).orElse("")
            .equals("Floor 2"))
        .filter(u -> !u.lines().isEmpty())
        .map(org.phonelock.domain.ImagicleUser::username).toList();
    assertThat(lockedUsers()).containsExactlyInAnyOrderElementsOf(selected);
  }

  @Test
  void aQueryThatIsPresentButSaysNothingGets400NotEveryLine() {
    // api-contract.md, "Filters": an empty parameter must not act as "no filter".
    assertBadFilter("?&&", "query parameter 1 of 3 is empty");
    assertBadFilter("?&department=Legal", "query parameter 1 of 2 is empty");
    assertBadFilter("?department=Legal&", "query parameter 2 of 2 is empty");
    assertBadFilter("?department=Legal&&customField1=x", "query parameter 2 of 3 is empty");
    assertBadFilter("?=x", "query parameter 1 ('=x') has no name");
    assertBadFilter("?department=Legal&=", "query parameter 2 ('=') has no name");
  }

  @Test
  void anUnknownParameterGets400NamingIt() {
    assertBadFilter("?departmnet=R%26D", "departmnet");
    assertBadFilter("?department=IT&customField11=x", "customField11");
  }

  @Test
  void aRepeatedFieldGets400NamingIt() {
    assertBadFilter("?department=IT&Department=Legal", "department");
    assertBadFilter("?customField3=a&CUSTOMFIELD3=a", "customField3");
  }

  @Test
  void anEmptyValueGets400NamingTheParameter() {
    assertBadFilter("?department=", "department");
    assertBadFilter("?customField2", "customField2");
  }

  @Test
  void percentEscapesThatAreNotUtf8Get400NamingTheParameter() {
    assertBadFilter("?department=%FF", "department");
    assertBadFilter("?customField4=%C3%28", "customField4");
    assertBadFilter("?custom%FFField=x", "custom%FFField");
  }

  @Test
  void malformedPercentEscapesGet400() throws Exception {
    // The JDK HTTP server refuses these request targets itself (java.net.URI) before any handler
    // runs, with its own plain body; FilterQueryDecodeTest (domain) checks the fake's own message.
    for (String query : List.of("?department=R%2", "?department=%zz", "?department=%")) {
      RawHttp.Reply reply = RawHttp.send(server.baseUri(),
          (Api.LOCK + query).getBytes(US_ASCII), "PUT");
      assertThat(reply.status()).as(query).isEqualTo(400);
      assertThat(reply.text()).doesNotContain("Exception:").doesNotContain("\tat ");
    }
    assertThat(server.lines()).noneMatch(LineState::locked);
  }

  private void assertBadFilter(String query, String parameter) {
    HttpResponse<String> response = api.adminLock(query);
    assertThat(response.statusCode()).as(query).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/json; charset=utf-8");
    assertThat(Api.json(response).get("error").asText()).isEqualTo("invalid_filter");
    assertThat(Api.json(response).get("message").asText()).as(query).contains(parameter);
    assertThat(server.lines()).noneMatch(LineState::locked);
  }

  private List<String> lockedUsers() {
    return server.lines().stream().filter(LineState::locked).map(LineState::username).distinct()
        .toList();
  }
}
