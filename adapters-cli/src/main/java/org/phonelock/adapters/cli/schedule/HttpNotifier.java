package org.phonelock.adapters.cli.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.phonelock.adapters.cli.Redaction;
import org.phonelock.application.schedule.Notification;
import org.phonelock.application.port.out.Notifier;

/**
 * Delivers notifications over HTTP (README, "Monitoring and alerts"): a JSON POST to the webhook on failure
 * and on recovery; a GET of the ping URL on success and of {@code URL/fail} on failure. Delivery
 * runs on one background thread fed by a bounded queue, with short timeouts, so a slow, failing
 * or unreachable receiver never delays or changes an action; a full queue drops the notification.
 * Every delivery, failed or dropped ones included, is written to the audit log, with the URL
 * shortened to {@code scheme://host/…} (URLs often carry a token).
 */
final class HttpNotifier implements Notifier, AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int QUEUE = 64;
  static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final Duration DRAIN = Duration.ofSeconds(3);

  private final NotifySettings settings;
  private final JsonLinesAuditLog audit;
  private final ZoneId zone;
  private final Clock clock;
  private final HttpClient client;
  private final ThreadPoolExecutor executor;
  /** Set when {@link #close} returns: a delivery that ends later writes nothing. */
  private volatile boolean closed;

  HttpNotifier(NotifySettings settings, JsonLinesAuditLog audit, ZoneId zone, Clock clock) {
    this.settings = settings;
    this.audit = audit;
    this.zone = zone;
    this.clock = clock;
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
          settings.webhook().ifPresent(url -> submit(notification, "webhook", url, true));
          settings.ping().ifPresent(url -> submit(notification, "ping", withFail(url), false));
        }
        case RECOVERY ->
            settings.webhook().ifPresent(url -> submit(notification, "webhook", url, true));
        case SUCCESS -> settings.ping().ifPresent(url -> submit(notification, "ping", url, false));
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
      log(notification, via, url, "dropped", 0, Duration.ZERO,
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
      log(notification, via, url, status / 100 == 2 ? "delivered" : "failed", status,
          Duration.ofNanos(System.nanoTime() - start), status / 100 == 2 ? "" : "HTTP " + status);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log(notification, via, url, "failed", 0, Duration.ofNanos(System.nanoTime() - start),
          "interrupted at exit");
    } catch (Exception e) {
      // The exception's message may hold the URL; only its class and a redacted text are kept.
      log(notification, via, url, "failed", 0, Duration.ofNanos(System.nanoTime() - start),
          e.getClass().getSimpleName() + scrub(e.getMessage(), url));
    }
  }

  private static String scrub(String message, URI url) {
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

  /** The webhook body (README, "Monitoring and alerts"). */
  String body(Notification n) {
    ObjectNode node = JSON.createObjectNode();
    node.put("event", n.event().name().toLowerCase(Locale.ROOT));
    JsonLinesAuditLog.putJob(node, n.job(), n.action(), n.server(), n.filter(), n.firing(), zone);
    node.put("attempts", n.attempts());
    node.put("outcome", n.outcome().label());
    node.put("message", Redaction.text(n.message()));
    node.put("time", n.time().atZone(zone).toOffsetDateTime().toString());
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private void log(Notification n, String via, URI url, String result, int status,
      Duration duration, String message) {
    if (closed) {
      // The run is over and its files may be gone (or read by the caller): write nothing more.
      return;
    }
    try {
      audit.recordDelivery(new JsonLinesAuditLog.Delivery(Instant.now(clock), n, via,
          Redaction.url(url), result, status, duration, message));
    } catch (RuntimeException e) {
      // The audit log's own failure stops the schedule where it matters (before a request).
    }
  }

  /** Lets queued deliveries finish for a short while, then abandons them. */
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
