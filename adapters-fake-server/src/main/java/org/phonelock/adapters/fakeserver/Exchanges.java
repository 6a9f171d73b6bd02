package org.phonelock.adapters.fakeserver;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/** Reads requests from and writes {@link Reply replies} to the JDK HTTP server's exchanges. */
final class Exchanges {
  /** The largest request body the admin API reads, in bytes, but for a directory CSV. */
  static final int MAX_BODY_BYTES = 1024 * 1024;

  private Exchanges() {}

  /**
   * Writes a whole reply. HEAD requests and 204/304 replies get no body, as HTTP requires.
   *
   * @param exchange the exchange, not yet answered
   * @param reply the reply
   * @throws IOException when the client went away
   */
  static void write(HttpExchange exchange, Reply reply) throws IOException {
    byte[] body = reply.body().getBytes(UTF_8);
    boolean withBody = body.length > 0 && !exchange.getRequestMethod().equals("HEAD")
        && reply.status() != 204 && reply.status() != 304;
    sendHeaders(exchange, reply, withBody ? body.length : -1);
    if (withBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /**
   * Acts out {@link Fault#truncate()}: announces the whole body but sends only its first half,
   * then closes the connection.
   *
   * @param exchange the exchange, not yet answered
   * @param reply the reply to cut short
   * @throws IOException when the client went away
   */
  static void writeTruncated(HttpExchange exchange, Reply reply) throws IOException {
    byte[] body = reply.body().getBytes(UTF_8);
    sendHeaders(exchange, reply, body.length == 0 ? -1 : body.length);
    OutputStream out = exchange.getResponseBody();
    out.write(body, 0, body.length / 2);
    out.flush();
    // Closing the exchange, not the stream, while bytes are missing makes the JDK server close
    // the connection; closing the stream would leave it open and the client waiting.
    exchange.close();
  }

  /**
   * Sends the status line and headers, announcing a body of {@code length} bytes.
   *
   * @param exchange the exchange, not yet answered
   * @param reply the reply whose status and headers to send
   * @param length the body length in bytes, or -1 for no body
   * @throws IOException when the client went away
   */
  static void sendHeaders(HttpExchange exchange, Reply reply, long length) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    reply.headers().forEach(headers::set);
    if (length > 0 && !reply.headers().containsKey("Content-Type")) {
      headers.set("Content-Type", "application/json; charset=utf-8");
    }
    exchange.sendResponseHeaders(reply.status(), length);
  }

  /**
   * Reads the request body, up to a limit.
   *
   * @param exchange the exchange
   * @param limit the most bytes accepted
   * @return the body, or empty when it is longer than the limit
   * @throws IOException when the client went away
   */
  static Optional<byte[]> readBody(HttpExchange exchange, int limit) throws IOException {
    InputStream in = exchange.getRequestBody();
    byte[] body = in.readNBytes(limit + 1);
    return body.length > limit ? Optional.empty() : Optional.of(body);
  }

  /**
   * The request's decoded path.
   *
   * @param exchange the exchange
   * @return the path, or {@code ""} when the request target has none (e.g. {@code *})
   */
  static String path(HttpExchange exchange) {
    String path = exchange.getRequestURI().getPath();
    return path == null ? "" : path;
  }
}
