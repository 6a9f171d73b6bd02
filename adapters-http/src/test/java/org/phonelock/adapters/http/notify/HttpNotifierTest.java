package org.phonelock.adapters.http.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phonelock.application.schedule.Notification;
import org.phonelock.application.schedule.NotificationDelivery;
import org.phonelock.application.schedule.Outcome;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.PhoneLockAction;

/**
 * The notifier of README "Alerts: the {@code notify:} section" against a local receiver: what
 * each event sends where, the webhook body, and delivery records that never show the token.
 * (NotificationsAgainstFakeServerTest in adapters-cli runs it inside {@code schedule run}.)
 */
class HttpNotifierTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "B000SECRET0f1e2d";
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-10T17:01:31Z"), ZoneOffset.UTC);

  record Received(String method, String path, String body) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final List<NotificationDelivery> deliveries = new CopyOnWriteArrayList<>();
  private HttpServer receiver;

  @BeforeEach
  void start() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/", exchange -> {
      received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
      exchange.sendResponseHeaders(exchange.getRequestURI().getPath().startsWith("/gone")
          ? 410 : 200, -1);
      exchange.close();
    });
    receiver.start();
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
  }

  private String base() {
    return "http://127.0.0.1:" + receiver.getAddress().getPort();
  }

  private HttpNotifier notifier(String webhook, String ping) {
    return new HttpNotifier(Optional.of(URI.create(webhook)), Optional.of(URI.create(ping)),
        ROME, CLOCK, deliveries::add);
  }

  private static Notification notification(Notification.Event event, Outcome outcome) {
    return new Notification(event, Instant.parse("2026-06-10T17:01:30Z"), "rd-night",
        PhoneLockAction.LOCK, "https://ias.example.com",
        Filter.builder().put(FilterField.DEPARTMENT, "R&D").build(),
        Instant.parse("2026-06-10T17:00:00Z"), 2, outcome,
        "503 Service Unavailable from https://admin:pw@ias.example.com");
  }

  @Test
  void aFailureIsPostedToTheWebhookAndPingedAtUrlSlashFail() throws Exception {
    try (HttpNotifier notifier = notifier(base() + "/T000/" + TOKEN, base() + "/ping/" + TOKEN)) {
      notifier.send(notification(Notification.Event.FAILURE, Outcome.SERVER_ERROR));
    }
    assertThat(received).extracting(Received::method, Received::path).containsExactlyInAnyOrder(
        tuple("POST", "/T000/" + TOKEN), tuple("GET", "/ping/" + TOKEN + "/fail"));
    JsonNode body = JSON.readTree(received.stream().filter(r -> r.method().equals("POST"))
        .findFirst().orElseThrow().body());
    assertThat(body.toString()).isEqualTo("{\"event\":\"failure\",\"job\":\"rd-night\","
        + "\"action\":\"lock\",\"server\":\"https://ias.example.com\","
        + "\"filters\":{\"department\":\"R&D\"},\"firing\":\"2026-06-10T19:00+02:00\","
        + "\"attempts\":2,\"outcome\":\"server-error\","
        + "\"message\":\"503 Service Unavailable from https://ias.example.com\","
        + "\"time\":\"2026-06-10T19:01:30+02:00\"}");
    assertThat(deliveries).extracting(NotificationDelivery::via, NotificationDelivery::target,
        NotificationDelivery::result, NotificationDelivery::status)
        .containsExactlyInAnyOrder(tuple("webhook", base() + "/…", "delivered", 200),
            tuple("ping", base() + "/…", "delivered", 200));
    assertThat(deliveries).allSatisfy(d -> assertThat(d.time()).isEqualTo(CLOCK.instant()));
  }

  @Test
  void aSuccessOnlyPingsAndARecoveryOnlyPosts() {
    try (HttpNotifier notifier = notifier(base() + "/hook", base() + "/ping")) {
      notifier.send(notification(Notification.Event.SUCCESS, Outcome.APPLIED));
      notifier.send(notification(Notification.Event.RECOVERY, Outcome.APPLIED));
    }
    assertThat(received).extracting(Received::method, Received::path)
        .containsExactly(tuple("GET", "/ping"), tuple("POST", "/hook"));
  }

  @Test
  void failedDeliveriesAreRecordedWithoutTheUrlAndNeverReachTheCaller() throws Exception {
    try (Socket refusing = new Socket()) {
      refusing.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      String down = "http://127.0.0.1:" + refusing.getLocalPort();
      try (HttpNotifier notifier = new HttpNotifier(Optional.of(URI.create(down + "/T000/"
          + TOKEN + "?key=" + TOKEN)), Optional.of(URI.create(base() + "/gone/" + TOKEN)), ROME,
          CLOCK, delivery -> {
            deliveries.add(delivery);
            throw new IllegalStateException("the audit log cannot be written");
          })) {
        notifier.send(notification(Notification.Event.FAILURE, Outcome.SERVER_ERROR));
      }
      assertThat(deliveries).extracting(NotificationDelivery::via, NotificationDelivery::result,
          NotificationDelivery::status).containsExactlyInAnyOrder(
              tuple("webhook", "failed", 0), tuple("ping", "failed", 410));
      assertThat(deliveries).allSatisfy(d -> {
        assertThat(d.target()).endsWith("/…");
        assertThat(d.message()).isNotEmpty().doesNotContain(TOKEN);
      });
    }
  }

  @Test
  void exceptionTextsLoseThePathAndQuery() {
    URI url = URI.create("https://hooks.example.com/T000/" + TOKEN + "?key=" + TOKEN);
    assertThat(HttpNotifier.scrub("cannot reach " + url, url))
        .isEqualTo(" cannot reach https://hooks.example.com/…");
    assertThat(HttpNotifier.scrub("GET /T000/" + TOKEN + "?key=" + TOKEN + " timed out", url))
        .isEqualTo(" GET /…?… timed out");
    assertThat(HttpNotifier.scrub(null, url)).isEmpty();
  }
}
