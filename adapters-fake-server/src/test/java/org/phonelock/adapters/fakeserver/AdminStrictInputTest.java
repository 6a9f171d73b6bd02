package org.phonelock.adapters.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The admin API acts only on input it reads one way: a fault body with a repeated field or data
 * after the object, a delay beyond {@link Fault.Delay#LONGEST}, or a directory with a blank user
 * name, two users equal under api-contract.md's comparison or a line on two users is refused
 * with 400 and changes nothing.
 */
class AdminStrictInputTest extends SampleServerTest {

  @Test
  void aFaultWithARepeatedFieldIsRefused() {
    assertBadFault("{\"kind\":\"drop\",\"kind\":\"status\",\"status\":503}",
        "Duplicate field 'kind'");
    assertBadFault("{\"kind\":\"status\",\"status\":503,\"status\":200}", "Duplicate field 'status'");
  }

  @Test
  void aFaultFollowedByMoreDataIsRefused() {
    assertBadFault("{\"kind\":\"drop\"} {\"kind\":\"reset\"}", "Trailing token");
    assertBadFault("{\"kind\":\"drop\",\"times\":1}]", "not JSON made of one object");
  }

  @Test
  void aDelayBeyondTenMinutesIsRefusedNamingTheLimit() {
    assertBadFault("{\"kind\":\"delay\",\"minDelayMillis\":0,\"maxDelayMillis\":"
        + Long.MAX_VALUE + "}", "from 0 to 600000 (the limit is 10 minutes, 600000 ms)");
    assertBadFault("{\"kind\":\"delay\",\"delayMillis\":600001}", "'delayMillis' must be a whole"
        + " number from 0 to 600000");
    assertThatThrownBy(() -> Fault.randomDelay(Duration.ZERO, Duration.ofDays(365)))
        .hasMessageContaining("the limit is 10 minutes");
  }

  @Test
  void aDelayOfExactlyTenMinutesIsAccepted() {
    HttpResponse<String> reply = api.sendBody("POST", "/__fake/faults", "application/json",
        "{\"kind\":\"delay\",\"minDelayMillis\":0,\"maxDelayMillis\":600000,\"times\":1}");
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(server.faults()).extracting(ScheduledFault::fault)
        .containsExactly(Fault.randomDelay(Duration.ZERO, Fault.Delay.LONGEST));
  }

  @Test
  void aBlankUserNameIsRefusedWithItsLine() {
    assertBadDirectory("username,lines\nann,1\n\"\u00A0 \u200B\",2\n",
        "request body:3: the username is only white space or invisible characters");
  }

  @Test
  void twoUsersEqualUnderTheContractsComparisonAreRefused() {
    assertBadDirectory("username\nQualité.Ann\nQUALITÉ.ANN\n",
        "request body:3: username 'QUALITÉ.ANN' is already used on line 2");
  }

  @Test
  void oneLineOnTwoUsersIsRefused() {
    assertBadDirectory("username,lines\nann,3001@PT_Desk\nbob,3002|3001@PT_Desk\n",
        "request body:3: phone line '3001@PT_Desk' of user 'bob' is already the line of user"
            + " 'ann' on line 2");
  }

  private void assertBadFault(String body, String mention) {
    HttpResponse<String> reply = api.sendBody("POST", "/__fake/faults", "application/json", body);
    assertThat(reply.statusCode()).as(body).isEqualTo(400);
    assertThat(Api.json(reply).get("error").asText()).isEqualTo("invalid_fault");
    assertThat(Api.json(reply).get("message").asText()).as(body).contains(mention);
    assertThat(server.faults()).isEmpty();
  }

  private void assertBadDirectory(String csv, String message) {
    List<LineState> before = server.lines();
    HttpResponse<String> reply = api.sendBody("PUT", "/__fake/directory", "text/csv", csv);
    assertThat(reply.statusCode()).isEqualTo(400);
    assertThat(Api.json(reply).get("error").asText()).isEqualTo("invalid_directory");
    assertThat(Api.json(reply).get("message").asText()).startsWith(message);
    assertThat(server.lines()).isEqualTo(before);
  }
}
