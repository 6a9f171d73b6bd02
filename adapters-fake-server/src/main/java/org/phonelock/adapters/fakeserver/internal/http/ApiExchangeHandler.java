package org.phonelock.adapters.fakeserver.internal.http;

import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.phonelock.adapters.fakeserver.Fault;
import org.phonelock.adapters.fakeserver.JournalEntry;
import org.phonelock.adapters.fakeserver.internal.http.PhoneLockEndpoint.ApiOutcome;
import org.phonelock.adapters.fakeserver.internal.http.PhoneLockEndpoint.ApiRequest;
import org.phonelock.adapters.fakeserver.internal.state.FakeServerState;
import org.phonelock.adapters.fakeserver.internal.state.RequestJournal;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterQuery;
import org.phonelock.domain.InvalidFilterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one request outside {@code /__fake/}: acts out the next injected {@link Fault}, if any,
 * asks the {@link PhoneLockEndpoint} for the reply, records the request in the journal and logs
 * it, never with credentials. A delay fault waits on a timer, not in a thread, so delayed
 * requests never take the threads other requests need.
 */
public final class ApiExchangeHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ApiExchangeHandler.class);

  private final PhoneLockEndpoint api;
  private final FakeServerState state;
  private final Timers timers;

  public ApiExchangeHandler(PhoneLockEndpoint api, FakeServerState state, Timers timers) {
    this.api = api;
    this.state = state;
    this.timers = timers;
  }

  /**
   * Answers the exchange, at once or, for a delay fault, when the delay is over.
   *
   * @param exchange the exchange
   */
  public void handle(Exchange exchange) {
    // Numbered and timed first, before any fault or check can hold the request up.
    RequestJournal.Arrival arrival = state.journal().arrive();
    ApiRequest request = new ApiRequest(exchange.method(), exchange.path(), exchange.rawQuery(),
        exchange.header("Authorization"));
    Received received = new Received(arrival, request, ReadFilters.of(request.rawQuery()));
    Fault fault = state.faults().next().orElse(null);
    if (fault instanceof Fault.Delay delay) {
      exchange.holdThroughIdleTimeouts(); // a delay of 10 minutes is not an idle client
      timers.after(pause(delay), () -> {
        try {
          answer(exchange, received, fault);
        } catch (RuntimeException e) {
          LOG.error("{} {}: unexpected failure", request.method(), request.path(), e);
          exchange.fail(e);
        }
      });
    } else {
      answer(exchange, received, fault);
    }
  }

  private void answer(Exchange exchange, Received received, Fault fault) {
    ApiRequest request = received.request();
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
      exchange.writeTruncated(outcome.reply());
    } else {
      exchange.write(outcome.reply());
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
  private void refuse(Exchange exchange, Received received, Fault fault) {
    Optional<String> claimed = BasicAuthorization.parse(received.request().authorization())
        .map(BasicAuthorization::username);
    if (fault instanceof Fault.Status status) {
      Reply reply = Replies.injected(status);
      record(received, claimed, reply.status(), fault);
      exchange.write(reply);
    } else {
      // Recorded first: a client that saw the connection end may read the journal at once.
      record(received, claimed, 0, fault);
      if (fault instanceof Fault.Reset) {
        exchange.reset();
      } else {
        exchange.drop();
      }
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

  /** How long a delay fault holds this request: its fixed length, or uniform in its range. */
  private static Duration pause(Fault.Delay delay) {
    long min = delay.min().toMillis();
    long max = delay.max().toMillis();
    return Duration.ofMillis(min == max ? min : ThreadLocalRandom.current().nextLong(min, max + 1));
  }
}
