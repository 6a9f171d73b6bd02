package org.phonelock.adapters.http;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Sends one {@code PUT} through a Jersey client, exactly as the vendor's curl example: no body,
 * {@code Accept: *}{@code /*}, and a preemptive {@code Authorization} header (vendor page, "API
 * Invoke samples"; api-contract.md, "Endpoints" and "Authentication"). The URI goes out unchanged:
 * it holds nothing but unreserved characters and {@code %XX} escapes in its query, which neither
 * Jersey's URI templates nor {@code HttpURLConnection} touch.
 */
final class JerseyTransport implements AutoCloseable {
  /** The most body bytes read from an answer; bodies are only ever shown as short excerpts. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  /**
   * Jersey refuses a PUT without entity (or logs a warning on every call when told to suppress
   * that check), so an empty entity passes the check and this filter, which runs later, removes
   * it again together with its {@code Content-Type}: the request goes out with no body at all.
   */
  static final ClientRequestFilter NO_BODY =
      request -> {
        request.setEntity(null);
        request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
      };

  private static final Entity<byte[]> EMPTY =
      Entity.entity(new byte[0], MediaType.APPLICATION_OCTET_STREAM_TYPE);

  private final Client client;
  private final Consumer<String> log;

  /**
   * Wraps a configured Jersey client; see {@link JerseyClients}.
   *
   * @param client the client, with {@link #NO_BODY} registered; closed by {@link #close()}
   * @param log receives one line per request line, header and status line
   */
  JerseyTransport(Client client, Consumer<String> log) {
    this.client = client;
    this.log = log;
  }

  /**
   * The request headers, with the {@code Authorization} value replaced by {@code Basic
   * <redacted>}, as logged and previewed.
   *
   * @return {@code Accept: *}{@code /*} and {@code Authorization: Basic <redacted>}
   */
  static List<String> redactedHeaderLines() {
    return List.of(
        HttpHeaders.ACCEPT + ": */*", HttpHeaders.AUTHORIZATION + ": " + BasicAuthentication.REDACTED);
  }

  /**
   * Sends {@code PUT uri} once.
   *
   * @param uri the full request URI, query already percent-encoded
   * @param secrets the {@code Authorization} value to send, and what to scrub from logged text
   * @return the answer, whatever its status
   * @throws IOException when no complete HTTP answer arrived (connection refused or reset,
   *     timeout, TLS failure, truncated answer)
   */
  HttpAnswer put(URI uri, Secrets secrets) throws IOException {
    log.accept("> PUT " + uri + " HTTP/1.1");
    redactedHeaderLines().forEach(line -> log.accept("> " + line));
    try (Response response =
        client
            .target(uri)
            .request()
            .header(HttpHeaders.ACCEPT, "*/*")
            .header(HttpHeaders.AUTHORIZATION, secrets.authorization())
            .put(EMPTY)) {
      String reason = response.getStatusInfo().getReasonPhrase();
      reason = reason == null ? "" : ServerMessage.clean(secrets.scrub(reason));
      log.accept("< HTTP/1.1 " + response.getStatus() + (reason.isEmpty() ? "" : " " + reason));
      return new HttpAnswer(
          response.getStatus(),
          reason,
          Optional.ofNullable(response.getHeaderString("Retry-After")),
          Optional.ofNullable(response.getHeaderString(HttpHeaders.LOCATION)),
          body(response));
    } catch (ProcessingException e) {
      throw ioCause(e);
    }
  }

  /** Closes the Jersey client; later calls to {@link #put} fail with IllegalStateException. */
  @Override
  public void close() {
    client.close();
  }

  private static String body(Response response) throws IOException {
    if (!response.hasEntity()) {
      return "";
    }
    try (InputStream in = response.readEntity(InputStream.class)) {
      byte[] bytes = in.readNBytes(MAX_BODY_BYTES);
      checkComplete(bytes.length, response.getLength());
      return new String(bytes, charset(response.getMediaType()));
    }
  }

  /**
   * HttpURLConnection reports a body cut short of its {@code Content-Length} as a plain end of
   * stream, so a connection dropped mid-answer must be caught here.
   */
  private static void checkComplete(int read, int contentLength) throws IOException {
    if (contentLength >= 0 && read < Math.min(contentLength, MAX_BODY_BYTES)) {
      throw new IOException(
          "answer cut short: got " + read + " of " + contentLength + " body bytes");
    }
  }

  private static Charset charset(MediaType type) {
    String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    try {
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /** Jersey wraps I/O failures in its own exception; the retry decision needs the cause. */
  private static IOException ioCause(ProcessingException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException io) {
        return io;
      }
    }
    return new IOException(e.getMessage(), e);
  }
}
