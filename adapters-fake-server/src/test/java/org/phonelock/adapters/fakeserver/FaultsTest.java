package org.phonelock.adapters.fakeserver;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Injected faults: api-contract.md, "Responses" (5xx, 429, dropped connections). */
class FaultsTest extends SampleServerTest {
  private static final String QUERY = "?department=Legal";

  @Test
  void aStatusFaultWithRetryAfterAnswersTheNextNRequestsWithoutActing() {
    server.injectFault(Fault.status(503, 5), 2);
    assertThat(server.faults()).containsExactly(
        new ScheduledFault(Fault.status(503, 5), OptionalInt.of(2)));
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> response = api.adminLock(QUERY);
      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(Api.json(response).get("error").asText()).isEqualTo("injected_fault");
      assertThat(server.lines()).noneMatch(LineState::locked);
    }
    assertThat(server.faults()).isEmpty();
    assertThat(api.adminLock(QUERY).statusCode()).isEqualTo(200);
    assertThat(server.journal()).extracting(JournalEntry::status).containsExactly(503, 503, 200);
    assertThat(server.journal().get(0).fault()).isEqualTo(Fault.status(503, 5));
  }

  @Test
  void aFaultWithoutCountLastsUntilCleared() {
    server.injectFault(Fault.status(500));
    for (int i = 0; i < 3; i++) {
      assertThat(api.adminLock(QUERY).statusCode()).isEqualTo(500);
    }
    assertThat(server.faults()).singleElement()
        .extracting(ScheduledFault::remainingRequests).isEqualTo(OptionalInt.empty());
    server.clearFaults();
    assertThat(api.adminLock(QUERY).statusCode()).isEqualTo(200);
  }

  @Test
  void faultsApplyInTheOrderTheyWereInjectedAndSpareTheAdminApi() {
    server.injectFault(Fault.status(429, 1), 1);
    server.injectFault(Fault.drop(), 1);
    assertThat(api.send("GET", "/__fake/lines", null).statusCode()).isEqualTo(200);
    assertThat(api.adminLock(QUERY).statusCode()).isEqualTo(429);
    assertThatThrownBy(() -> api.adminLock(QUERY)).isInstanceOf(UncheckedIOException.class);
    assertThat(api.adminLock(QUERY).statusCode()).isEqualTo(200);
  }

  @Test
  void aDroppedConnectionGetsNoResponseAndChangesNothing() {
    server.injectFault(Fault.drop(), 1);
    assertThatThrownBy(() -> api.adminLock(QUERY)).isInstanceOf(UncheckedIOException.class);
    assertThat(server.lines()).noneMatch(LineState::locked);
    JournalEntry entry = server.journal().get(0);
    assertThat(entry.status()).isZero();
    assertThat(entry.fault()).isEqualTo(Fault.drop());
    assertThat(entry.username()).isEqualTo("admin");
  }

  @Test
  void aTruncatedResponseIsCutShortAfterTheActionTookEffect() throws Exception {
    server.injectFault(Fault.truncate(), 2);
    assertThatThrownBy(() -> api.adminLock(QUERY)).isInstanceOf(UncheckedIOException.class);
    assertThat(server.lines()).filteredOn(line -> "Legal".equals(line.department()))
        .isNotEmpty().allMatch(LineState::locked);
    String authorization = Api.basic("admin", "admin-demo-pw");
    RawHttp.Reply reply = RawHttp.send(server.baseUri(), (Api.UNLOCK + QUERY).getBytes(US_ASCII),
        "PUT", "Authorization: " + authorization + "\r\n");
    String whole = "{\"action\":\"Unlock\",\"matchedUsers\":10,\"matchedLines\":";
    assertThat(reply.status()).isEqualTo(200);
    int length =
        Integer.parseInt(reply.text().replaceAll("(?si).*content-length: (\\d+).*", "$1"));
    String body = reply.text().substring(reply.text().indexOf("\r\n\r\n") + 4);
    assertThat(body).hasSize(length / 2);
    assertThat(whole).startsWith(body.substring(0, Math.min(body.length(), whole.length())));
    assertThat(server.journal()).extracting(JournalEntry::status).containsExactly(200, 200);
  }

  @Test
  void aDelayFaultHoldsTheResponseBack() throws Exception {
    server.injectFault(Fault.delay(Duration.ofSeconds(30)), 1);
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUri() + Api.LOCK + QUERY))
        .PUT(HttpRequest.BodyPublishers.noBody())
        .header("Authorization", Api.basic("admin", "admin-demo-pw"))
        .timeout(Duration.ofMillis(300)).build();
    assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpTimeoutException.class);
    server.injectFault(Fault.randomDelay(Duration.ZERO, Duration.ofMillis(5)), 1);
    assertThat(api.adminLock(QUERY).statusCode()).isEqualTo(200);
  }

  @Test
  void faultsAreSetListedAndClearedOverHttp() {
    HttpResponse<String> added = post("{\"kind\":\"status\",\"status\":503,"
        + "\"retryAfterSeconds\":2,\"times\":1}");
    assertThat(added.statusCode()).isEqualTo(200);
    post("{\"kind\":\"delay\",\"minDelayMillis\":0,\"maxDelayMillis\":1}");
    HttpResponse<String> listed = api.send("GET", "/__fake/faults", null);
    assertThat(Api.json(listed).toString()).isEqualTo("[{\"kind\":\"status\",\"status\":503,"
        + "\"retryAfterSeconds\":2,\"remaining\":1},{\"kind\":\"delay\",\"minDelayMillis\":0,"
        + "\"maxDelayMillis\":1,\"remaining\":null}]");
    HttpResponse<String> refused = api.adminLock(QUERY);
    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("2");
    assertThat(api.send("DELETE", "/__fake/faults", null).statusCode()).isEqualTo(204);
    assertThat(server.faults()).isEmpty();
    post("{\"kind\":\"drop\"}");
    post("{\"kind\":\"truncate\",\"times\":3}");
    assertThat(server.faults()).extracting(ScheduledFault::fault)
        .containsExactly(Fault.drop(), Fault.truncate());
  }

  @Test
  void aMalformedFaultRequestGets400NamingTheField() {
    assertBadFault("not json", "not JSON");
    assertBadFault("[1]", "JSON object");
    assertBadFault("{\"kind\":\"explode\"}", "'kind'");
    assertBadFault("{\"kind\":\"drop\",\"status\":500}", "'status'");
    assertBadFault("{\"kind\":\"status\"}", "'status'");
    assertBadFault("{\"kind\":\"status\",\"status\":700}", "'status'");
    assertBadFault("{\"kind\":\"status\",\"status\":500,\"retryAfterSeconds\":3}", "Retry-After");
    assertBadFault("{\"kind\":\"drop\",\"times\":0}", "'times'");
    assertBadFault("{\"kind\":\"delay\",\"delayMillis\":-1}", "'delayMillis'");
    assertBadFault("{\"kind\":\"delay\",\"minDelayMillis\":9,\"maxDelayMillis\":1}", "min <= max");
    assertBadFault("{\"kind\":\"delay\",\"delayMillis\":1,\"maxDelayMillis\":1}", "not both");
    assertThat(server.faults()).isEmpty();
  }

  @Test
  void aStatusFaultIsAnErrorStatus() {
    // A 200 answered without acting would read as "applied" to the client under test.
    for (int status : new int[] {200, 204, 302, 399}) {
      assertThatThrownBy(() -> Fault.status(status)).as("status %d", status)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("400 to 599");
      assertBadFault("{\"kind\":\"status\",\"status\":" + status + "}",
          "field 'status' must be a whole number from 400 to 599");
    }
    assertThat(server.faults()).isEmpty();
    assertThat(post("{\"kind\":\"status\",\"status\":400,\"times\":1}").statusCode())
        .isEqualTo(200);
    assertThat(api.adminLock("?department=IT").statusCode()).isEqualTo(400);
    assertThat(server.lines()).noneMatch(LineState::locked);
  }

  @Test
  void aNumberOutOfRangeIsRefusedNamingBothBounds() {
    assertBadFault("{\"kind\":\"drop\",\"times\":99999999999999}",
        "field 'times' must be a whole number from 1 to 2147483647");
    assertBadFault("{\"kind\":\"status\",\"status\":503,\"retryAfterSeconds\":99999999999999}",
        "field 'retryAfterSeconds' must be a whole number from 0 to 2147483647");
    assertThatThrownBy(() -> Fault.status(503, 99_999_999_999_999L))
        .hasMessageContaining("at most 2147483647");
    assertThat(post("{\"kind\":\"drop\",\"times\":2147483647}").statusCode()).isEqualTo(200);
    assertThat(server.faults()).singleElement()
        .satisfies(f -> assertThat(f.remainingRequests()).hasValue(Integer.MAX_VALUE));
  }

  @Test
  void faultFactoriesRefuseImpossibleFaults() {
    assertThatThrownBy(() -> Fault.status(399)).hasMessageContaining("400 to 599");
    assertThatThrownBy(() -> Fault.status(500, 1)).hasMessageContaining("429 or 503");
    assertThatThrownBy(() -> Fault.status(503, -1)).hasMessageContaining("0 seconds or more");
    assertThatThrownBy(() -> Fault.delay(Duration.ofMillis(-1))).hasMessageContaining("invalid");
    assertThatThrownBy(() -> server.injectFault(Fault.drop(), 0))
        .hasMessageContaining("1 request or more");
  }

  private void assertBadFault(String body, String mention) {
    HttpResponse<String> response = post(body);
    assertThat(response.statusCode()).as(body).isEqualTo(400);
    assertThat(Api.json(response).get("error").asText()).isEqualTo("invalid_fault");
    assertThat(Api.json(response).get("message").asText()).as(body).contains(mention);
  }

  private HttpResponse<String> post(String json) {
    try {
      return HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(server.baseUri() + "/__fake/faults"))
              .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
