package org.phonelock.adapters.http.notify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.phonelock.application.port.out.Notifier;
import org.phonelock.application.schedule.JobFields;
import org.phonelock.application.schedule.Notification;
import org.phonelock.application.schedule.NotificationDelivery;
import org.phonelock.domain.Redaction;

/**
 * Delivers notifications over HTTP (README, "Alerts: the {@code notify:} section"): a JSON POST
 * to the webhook on failure and on recovery; a GET of the ping URL on success and of {@code
 * URL/fail} on failure. Delivery runs on one background thread fed by a bounded queue, with short
 * timeouts, so a slow, failing or unreachable receiver never delays or changes an action; a full
 * queue drops the notification. Every delivery, failed or dropped ones included, is reported for
 * the audit log, with the URL shortened to {@code scheme://host/…} (URLs often carry a token).
 *
 * <p>On {@code java.net.http}, which sends each request once, not on Jersey: the action's client
 * needs Jersey's features, a notification does not.
 */
public final class HttpNotifier implements Notifier {
  private static final JsonFactory JSON = new JsonFactory();
  private static final int QUEUE = 64;
  static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final Duration DRAIN = Duration.ofSeconds(3);

  private final Optional<URI> webhook;
  private final Optional<URI> ping;
  private final ZoneId zone;
  private final Clock clock;
  private final Consumer<NotificationDelivery> deliveries;
  private final HttpClient client;
  private final ThreadPoolExecutor executor;
  /** Set when {@link #close} returns: a delivery that ends later reports nothing. */
  private volatile boolean closed;

  /** See {@link Notifier.Factory#open}. */
  public HttpNotifier(Optional<URI> webhook, Optional<URI> ping, ZoneId zone, Clock clock,
      Consumer<NotificationDelivery> deliveries) {
    this.webhook = webhook;
    this.ping = ping;
    this.zone = zone;
    this.clock = clock;
    this.deliveries = deliveries;
    this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
        .followRedirects(HttpClient.Redirect.NEVER).build();
    this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(QUEUE), runnable -> {
          Thread thread = new Thread(runnable, "phonelock-notify");
          thread.setDaemon(true);
          return thread;
        });
  }

  @Override
  public void send(Notification notification) {
    try {
      switch (notification.event()) {
        case FAILURE -> {
          webhook.ifPresent(url -> submit(notification, "webhook", url, true));
          ping.ifPresent(url -> submit(notification, "ping", withFail(url), false));
        }
        case RECOVERY -> webhook.ifPresent(url -> submit(notification, "webhook", url, true));
        case SUCCESS -> ping.ifPresent(url -> submit(notification, "ping", url, false));
        default -> throw new IllegalStateException(notification.event().name());
      }
    } catch (RuntimeException e) {
      // Never the caller's problem: the schedule goes on.
    }
  }

  private void submit(Notification notification, String via, URI url, boolean post) {
    try {
      executor.execute(() -> deliver(notification, via, url, post));
    } catch (RejectedExecutionException e) {
      report(notification, via, url, "dropped", 0, Duration.ZERO,
          "the notification queue is full (" + QUEUE + ") or closed");
    }
  }

  private void deliver(Notification notification, String via, URI url, boolean post) {
    long start = System.nanoTime();
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
          .header("User-Agent", "phonelock");
      if (post) {
        request.header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body(notification),
                StandardCharsets.UTF_8));
      } else {
        request.GET();
      }
      HttpResponse<Void> response =
          client.send(request.build(), HttpResponse.BodyHandlers.discarding());
      int status = response.statusCode();
      report(notification, via, url, status / 100 == 2 ? "delivered" : "failed", status,
          Duration.ofNanos(System.nanoTime() - start), status / 100 == 2 ? "" : "HTTP " + status);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      report(notification, via, url, "failed", 0, Duration.ofNanos(System.nanoTime() - start),
          "interrupted at exit");
    } catch (Exception e) {
      // The exception's message may hold the URL; only its class and a redacted text are kept.
      report(notification, via, url, "failed", 0, Duration.ofNanos(System.nanoTime() - start),
          e.getClass().getSimpleName() + scrub(e.getMessage(), url));
    }
  }

  static String scrub(String message, URI url) {
    if (message == null || message.isBlank()) {
      return "";
    }
    String text = message.replace(url.toString(), Redaction.url(url));
    if (url.getRawPath() != null && url.getRawPath().length() > 1) {
      text = text.replace(url.getRawPath(), "/…");
    }
    if (url.getRawQuery() != null) {
      text = text.replace(url.getRawQuery(), "…");
    }
    return " " + Redaction.text(text);
  }

  private static URI withFail(URI ping) {
    String text = ping.toString();
    return URI.create((text.endsWith("/") ? text : text + "/") + "fail");
  }

  /** The webhook body (README, "Alerts: the {@code notify:} section"). */
  String body(Notification n) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.writeStartObject();
      json.writeStringField("event", n.event().name().toLowerCase(Locale.ROOT));
      for (Map.Entry<String, Object> field : JobFields.of(n.job(), n.action(), n.server(),
          n.filter(), n.firing(), zone).entrySet()) {
        if (field.getValue() instanceof Map<?, ?> map) {
          json.writeObjectFieldStart(field.getKey());
          for (Map.Entry<?, ?> entry : map.entrySet()) {
            json.writeStringField((String) entry.getKey(), (String) entry.getValue());
          }
          json.writeEndObject();
        } else {
          json.writeStringField(field.getKey(), (String) field.getValue());
        }
      }
      json.writeNumberField("attempts", n.attempts());
      json.writeStringField("outcome", n.outcome().label());
      json.writeStringField("message", Redaction.text(n.message()));
      json.writeStringField("time", JobFields.time(n.time(), zone));
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return text.toString();
  }

  private void report(Notification n, String via, URI url, String result, int status,
      Duration duration, String message) {
    if (closed) {
      // The run is over and its files may be gone (or read by the caller): report nothing more.
      return;
    }
    try {
      deliveries.accept(new NotificationDelivery(Instant.now(clock), n, via, Redaction.url(url),
          result, status, duration, message));
    } catch (RuntimeException e) {
      // The audit log's own failure stops the schedule where it matters (before a request).
    }
  }

  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
        executor.shutdownNow();
        // The interrupted delivery records itself as failed; give it a moment to do so.
        executor.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    } finally {
      closed = true;
    }
  }
}
