package org.phonelock.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phonelock.application.ChangeCounts;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.Retries;
import org.phonelock.application.port.out.PhoneLockServerUnavailableException;
import org.phonelock.domain.Credentials;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;

/** Retries on a real socket, with a recording sleeper instead of real waits. */
class RetryTest {
  private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
  private static final Duration TWO_MINUTES = Duration.ofSeconds(120);

  private CaptureServer server;
  private final List<Duration> waits = new ArrayList<>();
  private final List<String> log = new ArrayList<>();
  private final List<String> notices = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = CaptureServer.http();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private PhoneLockClient.Builder builder(URI uri) {
    return PhoneLockClient.builder(uri, new Credentials("admin", "pw"))
        .sleeper(waits::add)
        .random(() -> 0.5)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .requestLog(log::add)
        .retryLog(notices::add);
  }

  private PhoneLockResult lock(PhoneLockClient.Builder builder) {
    try (PhoneLockClient client = builder.build()) {
      return client.port().apply(PhoneLockAction.LOCK, Filter.none());
    }
  }

  @Test
  void retriesTwiceAfter503ThenSucceeds() {
    String counts = "{\"matchedUsers\":1,\"matchedLines\":2,\"changedLines\":2}";
    server.script(CaptureServer.status(503), CaptureServer.status(503), CaptureServer.status(200, counts));
    assertThat(lock(builder(server.uri())))
        .isEqualTo(
            new PhoneLockResult.Applied(
                PhoneLockAction.LOCK, Filter.none(), Optional.of(new ChangeCounts(1, 2, 2))));
    assertThat(server.take()).hasSize(3);
    // full jitter at 0.5 of the ceilings 500 ms and 1000 ms
    assertThat(waits).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(log).contains("* status 503, retrying in 250 ms", "* status 503, retrying in 500 ms");
    String lock = "PUT " + server.uri() + "/fw/Apps/StoneLock/WebAPI/Phones/Lock";
    assertThat(notices).containsExactly(lock + " answered 503; retry 1 of 2 in 0.3 s",
        lock + " answered 503; retry 2 of 2 in 0.5 s");
  }

  @Test
  void eachRetryWithoutAnAnswerIsAnnouncedBeforeItsWait() {
    server.otherwise(new CaptureServer.Drop());
    List<String> order = new ArrayList<>();
    PhoneLockClient.Builder builder = PhoneLockClient.builder(
            server.uri(), new Credentials("admin", "pw"))
        .retries(10).random(() -> 0.5)
        .sleeper(wait -> order.add("wait " + wait.toMillis()))
        .retryLog(line -> order.add(line.substring(line.indexOf("; retry ") + 2)));
    assertThatThrownBy(() -> lock(builder))
        .isInstanceOf(PhoneLockServerUnavailableException.class);
    assertThat(order).hasSize(20).startsWith("retry 1 of 10 in 0.3 s", "wait 250",
        "retry 2 of 10 in 0.5 s", "wait 500").endsWith("retry 10 of 10 in 4.0 s", "wait 4000");
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 502, 503, 504})
  void givesUpAfterTheRetriesWithTheLastAnswer(int status) {
    server.otherwise(CaptureServer.status(status, "{\"message\":\"busy\"}"));
    assertThat(lock(builder(server.uri()))).isEqualTo(new PhoneLockResult.ServerError(status, "busy",
        Optional.of(new Retries(2, 2, Retries.End.LIMIT_REACHED, Optional.empty(), TWO_MINUTES))));
    assertThat(server.take()).hasSize(3);
    assertThat(waits).hasSize(2);
  }

  @Test
  void honoursRetryAfterInSeconds() {
    server.script(
        new CaptureServer.Respond(429, Map.of("Retry-After", "7"), ""), CaptureServer.status(200));
    assertThat(lock(builder(server.uri()))).isInstanceOf(PhoneLockResult.Applied.class);
    assertThat(server.take()).hasSize(2);
    assertThat(waits).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void honoursRetryAfterAsAnHttpDate() {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(42).atOffset(ZoneOffset.UTC));
    server.script(
        new CaptureServer.Respond(503, Map.of("Retry-After", date), ""), CaptureServer.status(200));
    assertThat(lock(builder(server.uri()))).isInstanceOf(PhoneLockResult.Applied.class);
    assertThat(waits).containsExactly(Duration.ofSeconds(42));
  }

  @Test
  void doesNotWaitLongerThanTwoMinutesForRetryAfter() {
    server.script(new CaptureServer.Respond(429, Map.of("Retry-After", "3600"), "slow down"));
    assertThat(lock(builder(server.uri()))).isEqualTo(new PhoneLockResult.ServerError(429,
        "slow down", Optional.of(new Retries(0, 2, Retries.End.WAIT_TOO_LONG,
            Optional.of(Duration.ofSeconds(3600)), TWO_MINUTES))));
    assertThat(server.take()).hasSize(1);
    assertThat(waits).isEmpty();
    assertThat(log).contains("* status 429 asks to wait 3600 s (Retry-After), longer than the"
        + " 120 s limit: not retrying");
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 405, 500, 501, 505})
  void neverRetriesOtherStatuses(int status) {
    server.otherwise(CaptureServer.status(status));
    PhoneLockResult result = lock(builder(server.uri()));
    assertThat(result.status()).isEqualTo(status);
    assertThat(server.take()).hasSize(1);
    assertThat(waits).isEmpty();
    if (result instanceof PhoneLockResult.ServerError error) {
      assertThat(error.retries()).contains(
          new Retries(0, 2, Retries.End.NOT_RETRYABLE, Optional.empty(), TWO_MINUTES));
    }
  }

  @Test
  void aFinalStatusAfterRetriesSaysHowOftenItWasRetried() {
    server.script(CaptureServer.status(503), CaptureServer.status(500));
    assertThat(((PhoneLockResult.ServerError) lock(builder(server.uri()))).retries()).contains(
        new Retries(1, 2, Retries.End.NOT_RETRYABLE, Optional.empty(), TWO_MINUTES));
  }

  @Test
  void aRetryAfterTooLongAfterRetriesSaysBoth() {
    server.script(CaptureServer.status(503),
        new CaptureServer.Respond(503, Map.of("Retry-After", "300"), ""));
    assertThat(((PhoneLockResult.ServerError) lock(builder(server.uri()))).retries()).contains(
        new Retries(1, 2, Retries.End.WAIT_TOO_LONG, Optional.of(Duration.ofSeconds(300)),
            TWO_MINUTES));
  }

  @Test
  void zeroRetriesSendsOnce() {
    server.otherwise(CaptureServer.status(503));
    assertThat(lock(builder(server.uri()).retries(0))).isEqualTo(new PhoneLockResult.ServerError(
        503, "", Optional.of(new Retries(0, 0, Retries.End.LIMIT_REACHED, Optional.empty(),
            TWO_MINUTES))));
    assertThat(server.take()).hasSize(1);
  }

  @Test
  void tenRetriesWaitWithCappedDoublingBackoff() {
    server.otherwise(CaptureServer.status(502));
    assertThat(lock(builder(server.uri()).retries(10)).status()).isEqualTo(502);
    assertThat(server.take()).hasSize(11);
    assertThat(waits)
        .extracting(Duration::toMillis)
        .containsExactly(250L, 500L, 1000L, 2000L, 4000L, 4000L, 4000L, 4000L, 4000L, 4000L);
  }

  @Test
  void connectionRefusedEndsInAnExceptionAfterTheRetries() throws Exception {
    try (Freeports.Refusing refusing = Freeports.refusing()) {
      URI nowhere = refusing.uri();
      assertThatThrownBy(() -> lock(builder(nowhere)))
        .isInstanceOf(PhoneLockServerUnavailableException.class)
        .hasMessageContaining("PUT " + nowhere + "/fw/Apps/StoneLock/WebAPI/Phones/Lock")
        .hasMessageContaining("after 3 tries")
        .hasMessageContaining("ConnectException")
          .hasCauseInstanceOf(java.net.ConnectException.class);
    }
    assertThat(waits).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
  }

  @Test
  void aDroppedConnectionIsRetriedThenReported() {
    server.otherwise(new CaptureServer.Drop());
    assertThatThrownBy(() -> lock(builder(server.uri())))
        .isInstanceOf(PhoneLockServerUnavailableException.class)
        .hasMessageContaining("after 3 tries");
    // api-contract.md, "Responses": one attempt is one request; nothing under the client resends.
    assertThat(server.take()).hasSize(3);
    assertThat(waits).hasSize(2);
  }

  @Test
  void aDroppedConnectionFollowedByAnAnswerSucceeds() {
    server.script(new CaptureServer.Drop(), new CaptureServer.Drop(), new CaptureServer.Drop());
    assertThat(lock(builder(server.uri()).retries(3))).isInstanceOf(PhoneLockResult.Applied.class);
  }

  @Test
  void aTruncatedAnswerCountsAsNoAnswer() {
    server.otherwise(new CaptureServer.Truncate(200));
    assertThatThrownBy(() -> lock(builder(server.uri())))
        .isInstanceOf(PhoneLockServerUnavailableException.class)
        .hasMessageContaining("after 3 tries");
  }

  @Test
  void aServerThatNeverAnswersTimesOut() {
    server.otherwise(new CaptureServer.Hang());
    assertThatThrownBy(() -> lock(builder(server.uri()).readTimeout(Duration.ofMillis(200))))
        .isInstanceOf(PhoneLockServerUnavailableException.class)
        .hasMessageContaining("PUT " + server.uri() + "/fw/Apps/StoneLock/WebAPI/Phones/Lock")
        .hasMessageContaining("after 3 tries")
        .hasMessageContaining("timed out")
        .hasCauseInstanceOf(java.net.SocketTimeoutException.class);
  }

  @Test
  void aServerThatAcceptsNoConnectionTimesOutOnConnect() throws Exception {
    try (FullBacklog full = new FullBacklog()) {
      assertThatThrownBy(() -> lock(builder(full.uri()).connectTimeout(Duration.ofMillis(200))))
          .isInstanceOf(PhoneLockServerUnavailableException.class)
          .hasMessageContaining("PUT " + full.uri() + "/fw/Apps/StoneLock/WebAPI/Phones/Lock")
          .hasMessageContaining("after 3 tries")
          .hasMessageContaining("Connect timed out")
          .hasCauseInstanceOf(java.net.SocketTimeoutException.class);
    }
    assertThat(waits).hasSize(2);
  }

  @Test
  void anInterruptedWaitStopsTheRetries() {
    server.otherwise(CaptureServer.status(503));
    PhoneLockClient.Builder builder =
        builder(server.uri()).sleeper(d -> {
          throw new InterruptedException();
        });
    try {
      assertThatThrownBy(() -> lock(builder))
          .isInstanceOf(PhoneLockServerUnavailableException.class)
          .hasMessageContaining("interrupted while waiting to send PUT");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(server.take()).hasSize(1);
  }
}
