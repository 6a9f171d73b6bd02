package org.phonelock.adapters.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLException;

/**
 * Turns a failure of {@code java.net.http} into the I/O exception {@link RetryingSender} reports,
 * with the plain wording users know from other tools ("Connection refused", "Connection reset",
 * "Read timed out"): {@code java.net.http} often throws a {@code ConnectException} without message
 * or a generic "header parser received no bytes".
 */
final class NoAnswer {
  private NoAnswer() {}

  static IOException describe(Throwable failure) {
    if (failure instanceof HttpConnectTimeoutException) {
      return chained(new SocketTimeoutException("Connect timed out"), failure);
    }
    if (failure instanceof HttpTimeoutException) {
      return chained(new SocketTimeoutException("Read timed out"), failure);
    }
    if (failure instanceof ConnectException && failure.getMessage() == null) {
      return chained(new ConnectException("Connection refused"), failure);
    }
    if (failure instanceof SSLException && String.valueOf(failure.getMessage())
        .contains("nrecognized SSL message")) {
      return new PlainHttpAnswer();
    }
    if (failure instanceof ProtocolException) {
      // Its message quotes the offending status line or header, which may echo the credentials:
      // neither message nor cause is kept.
      return new ProtocolException("the answer is not valid HTTP/1.1 (malformed status line or"
          + " header)");
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SocketException socket && "Connection reset".equals(socket.getMessage())) {
        return socket;
      }
    }
    if (failure instanceof IOException io && String.valueOf(io.getMessage()).contains("no bytes")) {
      return chained(new SocketException("the server closed the connection without answering"),
          failure);
    }
    return failure instanceof IOException io ? io : new IOException(String.valueOf(failure), failure);
  }

  /**
   * The JDK's "Unrecognized SSL message, plaintext connection?" (or "Unsupported or
   * unrecognized SSL message"): the server answered the TLS handshake
   * in plain HTTP, so the URL says https for a plain http port. Retrying cannot help.
   */
  static final class PlainHttpAnswer extends SSLException {
    private static final long serialVersionUID = 1L;

    PlainHttpAnswer() {
      super("the server answered in plain HTTP, not TLS: use http:// instead of https:// in the"
          + " server URL (or the server's https port)");
    }
  }

  static <T extends IOException> T chained(T exception, Throwable cause) {
    exception.initCause(cause);
    return exception;
  }
}
