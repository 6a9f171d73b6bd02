package org.phonelock.adapters.fakeserver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one JDK HTTP handler of the fake server: sends {@code /__fake/...} to the admin API and
 * everything else to the Phone Lock endpoints. The JDK server's contexts match paths
 * case-sensitively, so routing is done here (api-contract.md, "Endpoints": paths match
 * case-insensitively).
 */
final class FakeServerHttpHandler implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(FakeServerHttpHandler.class);

  private final ApiExchangeHandler api;
  private final AdminEndpoints admin;

  FakeServerHttpHandler(ApiExchangeHandler api, AdminEndpoints admin) {
    this.api = api;
    this.admin = admin;
  }

  /**
   * Answers one exchange, then closes it. Never throws: an unexpected failure is logged and, if
   * nothing was sent yet, answered with 500.
   *
   * @param exchange the exchange
   */
  @Override
  public void handle(HttpExchange exchange) {
    String method = exchange.getRequestMethod();
    String path = Exchanges.path(exchange);
    try {
      Optional<String> badTarget = RequestTarget.problem(exchange.getRequestURI());
      if (badTarget.isPresent()) {
        LOG.debug("{} {}: bad request target: {}", method, path, badTarget.get());
        Exchanges.write(exchange, Reply.error(400, "bad_request_target", badTarget.get()));
      } else if (path.startsWith(AdminEndpoints.PREFIX)) {
        handleAdmin(exchange, method, path);
      } else {
        api.handle(exchange, method, path);
      }
    } catch (IOException e) {
      LOG.debug("{} {}: client went away ({})", method, path, e.toString());
    } catch (RuntimeException e) {
      LOG.error("{} {}: unexpected failure", method, path, e);
      writeQuietly(exchange, Replies.internalError());
    } finally {
      exchange.close();
    }
  }

  private void handleAdmin(HttpExchange exchange, String method, String path) throws IOException {
    boolean directory = path.equalsIgnoreCase(AdminEndpoints.PREFIX + "directory");
    int limit = directory ? UserDirectory.MAX_CSV_BYTES : Exchanges.MAX_BODY_BYTES;
    Optional<byte[]> body = Exchanges.readBody(exchange, limit);
    Reply reply = body.isEmpty()
        ? Reply.error(413, "body_too_large", (directory ? "the directory" : "the request body")
            + " is larger than the limit of " + limit + " bytes")
        : admin.handle(method, path, exchange.getRequestURI().getRawQuery(), body.get());
    LOG.debug("{} {} -> {}", method, path, reply.status());
    Exchanges.write(exchange, reply);
  }

  private static void writeQuietly(HttpExchange exchange, Reply reply) {
    if (exchange.getResponseCode() != -1) {
      return;
    }
    try {
      Exchanges.write(exchange, reply);
    } catch (IOException | RuntimeException e) {
      LOG.debug("could not send the 500 reply: {}", e.toString());
    }
  }
}
