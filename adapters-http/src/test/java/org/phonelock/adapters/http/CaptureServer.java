package org.phonelock.adapters.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * A test HTTP(S) server on the loopback address that records each request as it came off the wire
 * (method, raw path, raw query, headers, body) and answers from a script: a status with headers
 * and body, a dropped connection, a truncated answer, or no answer at all until closed.
 */
final class CaptureServer implements AutoCloseable {
  /** One request as received; {@code rawQuery} is null when the request line had no {@code ?}. */
  record Captured(String method, String rawPath, String rawQuery, Headers headers, byte[] body) {
    String header(String name) {
      return headers.getFirst(name);
    }

    List<String> headerValues(String name) {
      List<String> values = headers.get(name);
      return values == null ? List.of() : values;
    }
  }

  /** One scripted answer. */
  sealed interface Reply {}

  /** Answers {@code status} with headers and body (no body when {@code body} is empty). */
  record Respond(int status, Map<String, String> headers, String body) implements Reply {}

  /** Closes the connection without any answer. */
  record Drop() implements Reply {}

  /** Promises a 100-byte body, sends a few bytes, and closes. */
  record Truncate(int status) implements Reply {}

  /** Does not answer for ten seconds (or until the server is closed), then drops the connection. */
  record Hang() implements Reply {}

  static Reply status(int status) {
    return new Respond(status, Map.of(), "");
  }

  static Reply status(int status, String body) {
    return new Respond(status, Map.of(), body);
  }

  static {
    // The JDK server writes headers and body separately; without TCP_NODELAY each answer with a
    // body waits for the client's delayed ACK (about 40 ms), which makes property runs slow.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Captured> requests = new ConcurrentLinkedQueue<>();
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile Reply otherwise = status(200);

  private CaptureServer(HttpServer server) {
    this.server = server;
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  static CaptureServer http() throws IOException {
    return new CaptureServer(HttpServer.create(loopback(), 0));
  }

  static CaptureServer https(SSLContext context) throws IOException {
    HttpsServer server = HttpsServer.create(loopback(), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(context));
    return new CaptureServer(server);
  }

  private static InetSocketAddress loopback() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
  }

  /** The base URL, e.g. {@code http://127.0.0.1:40123}. */
  URI uri() {
    String scheme = server instanceof HttpsServer ? "https" : "http";
    return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Answers the next requests with {@code replies}, in order, then with the default reply. */
  CaptureServer script(Reply... replies) {
    script.addAll(List.of(replies));
    return this;
  }

  /** Sets the answer given when the script is used up (initially an empty 200). */
  CaptureServer otherwise(Reply reply) {
    this.otherwise = reply;
    return this;
  }

  /** The requests received so far, and forgets them. */
  List<Captured> take() {
    List<Captured> taken = new ArrayList<>();
    for (Captured c = requests.poll(); c != null; c = requests.poll()) {
      taken.add(c);
    }
    return taken;
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    URI uri = exchange.getRequestURI();
    requests.add(
        new Captured(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(),
            exchange.getRequestHeaders(), body));
    Reply reply = script.poll();
    answer(exchange, reply == null ? otherwise : reply);
  }

  private void answer(HttpExchange exchange, Reply reply) throws IOException {
    if (reply instanceof Respond respond) {
      respond.headers().forEach(exchange.getResponseHeaders()::add);
      byte[] bytes = respond.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(respond.status(), bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } else if (reply instanceof Truncate truncate) {
      exchange.sendResponseHeaders(truncate.status(), 100);
      OutputStream out = exchange.getResponseBody();
      out.write("{\"matched".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      exchange.close();
    } else if (reply instanceof Hang) {
      awaitClose();
      exchange.close();
    } else {
      exchange.close();
    }
  }

  private void awaitClose() {
    try {
      closed.await(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
