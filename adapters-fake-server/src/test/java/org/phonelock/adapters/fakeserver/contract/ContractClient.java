package org.phonelock.adapters.fakeserver.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.phonelock.adapters.fakeserver.contract.ContractSettings.Account;

/**
 * Talks to the server under test over HTTP only (java.net.http): a real server has no {@code
 * /__fake/} API, so everything the suite checks must be visible on the wire.
 */
final class ContractClient {
  static final String PHONES = "/fw/Apps/StoneLock/WebAPI/Phones/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final ContractSettings settings;

  ContractClient(ContractSettings settings) {
    this.settings = settings;
  }

  /** The fake's 200 body (api-contract.md, "Responses"), the only place counts are visible. */
  record Summary(String action, int matchedUsers, int matchedLines, int changedLines) {}

  static String basic(Account account) {
    return basic(account.user(), account.password());
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(UTF_8));
  }

  /** {@code PUT /fw/Apps/StoneLock/WebAPI/Phones/<action>?<query>} as {@code account}. */
  HttpResponse<String> put(String action, String query, Account account) {
    return send("PUT", PHONES + action + "?" + query, basic(account));
  }

  /** Any request; {@code authorization} may be null for none. */
  HttpResponse<String> send(String method, String pathAndQuery, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.baseUrl()
            + pathAndQuery))
        .method(method, HttpRequest.BodyPublishers.noBody())
        .header("accept", "*/*") // as the vendor's curl example
        .timeout(Duration.ofSeconds(30)); // a regression fails instead of hanging
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + pathAndQuery + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * The JSON summary of a 200 reply: required from the fake, optional from a real server, whose
   * 200 body the vendor page leaves undocumented.
   */
  Optional<Summary> summary(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
    Optional<JsonNode> json = json(response);
    Optional<Summary> summary = json.filter(n -> n.has("matchedUsers") && n.has("changedLines"))
        .map(n -> new Summary(n.path("action").asText(), n.get("matchedUsers").asInt(),
            n.path("matchedLines").asInt(), n.get("changedLines").asInt()));
    if (settings.fakeSummaryRequired()) {
      assertThat(summary).as("the fake's JSON summary of " + response.uri()).isPresent();
    }
    return summary;
  }

  /** The JSON error message of a refusal: required from the fake, optional from a real server. */
  Optional<String> errorMessage(HttpResponse<String> response) {
    Optional<String> message = json(response).filter(n -> n.has("message"))
        .map(n -> n.get("message").asText());
    if (settings.fakeSummaryRequired()) {
      assertThat(message).as("the JSON error body of " + response.uri()).isPresent();
    }
    return message;
  }

  private static Optional<JsonNode> json(HttpResponse<String> response) {
    if (response.body().isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readTree(response.body())).filter(JsonNode::isObject);
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
