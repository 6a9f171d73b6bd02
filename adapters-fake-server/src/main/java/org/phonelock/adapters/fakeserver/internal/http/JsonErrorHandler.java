package org.phonelock.adapters.fakeserver.internal.http;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to whatever Jetty refuses before the fake's handler sees it, and to a failure of the
 * handler: the fake's JSON error body (api-contract.md, "Responses": JSON {@code
 * {"error":"...","message":"..."}}) instead of Jetty's HTML page. A malformed request (a request
 * line that is not HTTP, bare LF line endings, a TLS ClientHello on this plain-HTTP port, a header
 * too large) gets a JSON 400 (or 431, 414, 505) and the connection is closed; a failed handler
 * gets a JSON 500.
 */
final class JsonErrorHandler extends ErrorHandler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() >= 400 ? response.getStatus() : 500;
    Object message = request.getAttribute(ERROR_MESSAGE);
    Object failure = request.getAttribute(ERROR_EXCEPTION);
    String reason = message == null ? null : message.toString();
    if (failure instanceof Throwable thrown && (reason == null || isGeneric(reason))) {
      reason = specificReason(thrown).orElse(reason);
    }
    // A request Jetty's parser refused carries an HttpException with its status, 5xx included
    // (505 for an HTTP version): that is the client's mistake, answered as such. A 500, or a
    // 5xx without it, is the fake's own failure.
    boolean serverFailure = status == 500 || (status > 500 && !(failure instanceof HttpException));
    Reply reply = serverFailure
        ? Replies.internalError()
        : Replies.malformed(status, reason);
    response.setStatus(reply.status());
    if (!serverFailure) {
      // Closed after the answer (README, "The fake server"): Jetty closes after the refusals of
      // its parser, but keeps the connection of a request it refused later (an absolute-form
      // target whose host is not the Host header), whose client, reading to the end, then waited
      // for the header timeout.
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    byte[] body = reply.body().getBytes(UTF_8);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }

  /**
   * What the parser refused, more precisely than its generic "Bad Request" (README, "The fake
   * server": a {@code bad_request} names what the parser refused): the reason of the exception,
   * e.g. "Bad URI", or of its cause, where Jetty wraps what it caught. Replies.malformed keeps
   * it printable and short.
   */
  private static Optional<String> specificReason(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      String reason = cause instanceof HttpException http ? http.getReason() : cause.getMessage();
      if (cause instanceof NumberFormatException && reason != null && reason.startsWith("!hex")) {
        // Jetty's words for a '%' escape in the path that is not two hexadecimal digits.
        return Optional.of("a '%' in the path is not followed by two hexadecimal digits;"
            + " write '%' itself as %25");
      }
      if (reason != null && !reason.isBlank() && !isGeneric(reason)) {
        return Optional.of(reason);
      }
    }
    return Optional.empty();
  }

  private static boolean isGeneric(String reason) {
    return reason.equals("Bad Request") || reason.endsWith(": Bad Request");
  }
}
