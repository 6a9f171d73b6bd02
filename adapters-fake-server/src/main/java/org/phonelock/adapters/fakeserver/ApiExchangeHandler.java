package org.phonelock.adapters.fakeserver;

import com.google.common.collect.ImmutableMap;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.phonelock.adapters.fakeserver.PhoneLockEndpoint.ApiOutcome;
import org.phonelock.adapters.fakeserver.PhoneLockEndpoint.ApiRequest;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterQuery;
import org.phonelock.domain.InvalidFilterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one request outside {@code /__fake/}: acts out the next injected {@link Fault}, if any,
 * asks the {@link PhoneLockEndpoint} for the reply, records the request in the journal and logs
 * it, never with credentials.
 */
final class ApiExchangeHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ApiExchangeHandler.class);

  private final PhoneLockEndpoint api;
  private final FakeServerState state;
  private final RelayedConnections connections;

  ApiExchangeHandler(PhoneLockEndpoint api, FakeServerState state,
      RelayedConnections connections) {
    this.api = api;
    this.state = state;
    this.connections = connections;
  }

  /**
   * Answers the exchange (the caller closes it).
   *
   * @param exchange the exchange
   * @param method the HTTP method
   * @param path the decoded path
   * @throws IOException when the client went away
   */
  void handle(HttpExchange exchange, String method, String path) throws IOException {
    // Numbered and timed first, before any fault or check can hold the request up.
    RequestJournal.Arrival arrival = state.journal().arrive();
    ApiRequest request = new ApiRequest(method, path, exchange.getRequestURI().getRawQuery(),
        exchange.getRequestHeaders().getFirst("Authorization"));
    Received received = new Received(arrival, request, ReadFilters.of(request.rawQuery()));
    Fault fault = state.faults().next().orElse(null);
    if (fault instanceof Fault.Delay delay && !pause(delay)) {
      return;
    }
    if (fault instanceof Fault.Drop || fault instanceof Fault.Reset
        || fault instanceof Fault.Status) {
      refuse(exchange, received, fault);
      return;
    }
    ApiOutcome outcome = api.handle(request, (action, scope, filter, username) ->
        state.applyAndRecord(action, scope, (summary, order) ->
            entry(received, Optional.of(username), 200, fault, order)));
    if (outcome.applied()) {
      log(request, outcome.filter(), outcome.username(), 200, fault);
    } else {
      record(received, outcome.username(), outcome.reply().status(), fault);
    }
    if (fault instanceof Fault.Truncate) {
      Exchanges.writeTruncated(exchange, outcome.reply());
    } else {
      Exchanges.write(exchange, outcome.reply());
    }
  }

  /** A request as it arrived, with its filters read at once, whatever is answered later. */
  private record Received(RequestJournal.Arrival arrival, ApiRequest request, ReadFilters filters) {}

  /** The filters of a query by API name, or why they could not be read. */
  private record ReadFilters(Map<String, String> byApiName, String error) {
    static ReadFilters of(String rawQuery) {
      try {
        return new ReadFilters(ApiExchangeHandler.byApiName(FilterQuery.decode(rawQuery)), null);
      } catch (InvalidFilterException e) {
        return new ReadFilters(ImmutableMap.of(), e.getMessage());
      }
    }
  }

  /** Acts out a fault that answers instead of the endpoint, which then does not act. */
  private void refuse(HttpExchange exchange, Received received, Fault fault) throws IOException {
    Optional<String> claimed = BasicAuthorization.parse(received.request().authorization())
        .map(BasicAuthorization::username);
    if (fault instanceof Fault.Status status) {
      Reply reply = Replies.injected(status);
      record(received, claimed, reply.status(), fault);
      Exchanges.write(exchange, reply);
    } else {
      // Recorded first: a client that saw the connection end may read the journal at once.
      record(received, claimed, 0, fault);
      if (fault instanceof Fault.Reset && !connections.reset(exchange.getRemoteAddress())) {
        LOG.debug("no open connection to reset; the client went away");
      }
      exchange.close(); // before any response header: the JDK server closes the connection
    }
  }

  private void record(Received received, Optional<String> username, int status, Fault fault) {
    state.journal().record(entry(received, username, status, fault, 0));
    log(received.request(), Optional.empty(), username, status, fault);
  }

  private static JournalEntry entry(Received received, Optional<String> username, int status,
      Fault fault, long appliedOrder) {
    ApiRequest request = received.request();
    return new JournalEntry(received.arrival().sequence(), received.arrival().time(),
        request.method(), request.path(), request.rawQuery(), received.filters().byApiName(),
        received.filters().error(), username.orElse(null), status, fault, appliedOrder);
  }

  private static void log(ApiRequest request, Optional<Filter> filter, Optional<String> username,
      int status, Fault fault) {
    LOG.debug("{} {} filter {} user {} fault {} -> {}", request.method(), request.path(),
        filter.map(Object::toString).orElse("(not read)"), username.orElse("(none)"),
        fault == null ? "(none)" : fault, status);
  }

  private static Map<String, String> byApiName(Filter filter) {
    ImmutableMap.Builder<String, String> map = ImmutableMap.builder();
    filter.values().forEach((field, value) -> map.put(field.apiName(), value));
    return map.buildOrThrow();
  }

  /** Waits out a delay; false when interrupted because the server is closing. */
  private static boolean pause(Fault.Delay delay) {
    long min = delay.min().toMillis();
    long max = delay.max().toMillis();
    try {
      Thread.sleep(min == max ? min : ThreadLocalRandom.current().nextLong(min, max + 1));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
