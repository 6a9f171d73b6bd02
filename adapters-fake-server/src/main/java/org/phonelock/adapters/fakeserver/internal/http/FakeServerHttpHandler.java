package org.phonelock.adapters.fakeserver.internal.http;

import java.util.function.Supplier;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.phonelock.adapters.fakeserver.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Jetty handler of the fake server: sends {@code /__fake/...} to the admin API and
 * everything else to the Phone Lock endpoints (api-contract.md, "Endpoints": paths match
 * case-insensitively, so routing is done here). It never waits on a client: bodies are read and
 * replies written asynchronously, and a delay fault waits on a timer ({@link ApiExchangeHandler}),
 * so a slow client or a delayed request holds no thread of the bounded pool. It is declared
 * blocking all the same (Jetty's default), so that Jetty runs it on a pool thread and never on
 * the selector's: filtering a large directory takes CPU time, which must not stall the reading
 * of the other connections.
 */
public final class FakeServerHttpHandler extends Handler.Abstract {
  private static final Logger LOG = LoggerFactory.getLogger(FakeServerHttpHandler.class);

  private final ApiExchangeHandler api;
  private final Supplier<AdminEndpoints> admin;
  private final HeaderDeadlines deadlines;

  /**
   * @param api answers the Phone Lock requests
   * @param admin the admin routes, asked for at each admin request (built on the first one, so
   *     that a test that never calls the admin API does not load it)
   * @param deadlines the header deadlines of the listener's connections
   */
  public FakeServerHttpHandler(ApiExchangeHandler api, Supplier<AdminEndpoints> admin,
      HeaderDeadlines deadlines) {
    this.api = api;
    this.admin = admin;
    this.deadlines = deadlines;
  }

  /**
   * Answers one request. Never throws: an unexpected failure is logged and, if nothing was sent
   * yet, answered with a JSON 500 ({@link JsonErrorHandler}).
   *
   * @return true: every request is answered here
   */
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    // The header is complete: no header deadline until this exchange ends.
    deadlines.handling(request.getConnectionMetaData().getConnection());
    Runnable ended = () -> deadlines.ended(request.getConnectionMetaData().getConnection());
    Callback done = Callback.from(() -> {
      ended.run();
      callback.succeeded();
    }, failure -> {
      ended.run();
      callback.failed(failure);
    });
    String method = request.getMethod();
    RequestTarget.Parsed target = RequestTarget.parse(request.getHttpURI());
    if (target.problem() != null) {
      LOG.debug("{}: bad request target: {}", method, target.problem());
      new Exchange(request, response, done, null)
          // Closed after the answer, like the parser's own 400s: a client that sends such a
          // target may not agree with the server on where the next request starts.
          .write(Reply.error(400, "bad_request_target", target.problem())
              .withHeader("Connection", "close"));
      return true;
    }
    Exchange exchange = new Exchange(request, response, done, target.uri());
    try {
      if (exchange.path().startsWith(AdminEndpoints.PREFIX)) {
        handleAdmin(exchange);
      } else {
        api.handle(exchange);
      }
    } catch (RuntimeException e) {
      LOG.error("{} {}: unexpected failure", method, exchange.path(), e);
      exchange.fail(e);
    }
    return true;
  }

  private void handleAdmin(Exchange exchange) {
    String path = exchange.path();
    boolean directory = path.equalsIgnoreCase(AdminEndpoints.PREFIX + "directory");
    int limit = directory ? UserDirectory.MAX_CSV_BYTES : Exchange.MAX_BODY_BYTES;
    exchange.readBody(limit, body -> {
      try {
        // The same 413 whether the length was announced or the body was sent chunked.
        Reply reply = body.isEmpty()
            ? Reply.error(413, "body_too_large", (directory ? "the directory" : "the request body")
                + " is larger than the limit of " + limit + " bytes")
            : admin.get().handle(exchange.method(), path, exchange.rawQuery(), body.get());
        LOG.debug("{} {} -> {}", exchange.method(), path, reply.status());
        exchange.write(reply);
      } catch (RuntimeException e) {
        LOG.error("{} {}: unexpected failure", exchange.method(), path, e);
        exchange.fail(e);
      }
    });
  }
}
