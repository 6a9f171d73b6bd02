package org.phonelock.adapters.fakeserver;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.phonelock.adapters.fakeserver.internal.http.PhoneLockEndpoint;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.FilterQuery;
import org.phonelock.domain.InvalidFilterException;
import org.phonelock.domain.PhoneLockAction;
import org.phonelock.domain.Text;

/**
 * Which journal entries a {@link FakePhoneLockServer#verify verification} counts, in the manner of
 * WireMock's request patterns. Immutable: every {@code with...} returns a new pattern.
 *
 * <pre>{@code
 * server.verify(exactly(1), lockRequests().withFilter("department", "R&D").withUser("svc-lock")
 *     .withStatus(200));
 * server.verify(never(), lockRequests().withNoFilter());
 * }</pre>
 *
 * <p>Each part compares as the server itself does (api-contract.md): the action by the endpoint
 * path, case-insensitively, and only for {@code PUT}; a filter value and the user name by {@link
 * Text#caseKey} ("Filters": lowercase per code point, no trimming, no normalisation). A filter part
 * requires that field with a matching value in the request's query, also when a fault or a 401
 * answered before the server read it; the entry may carry other filters too.
 */
public final class RequestPattern {
  private final Optional<PhoneLockAction> action;
  private final Filter filter;
  private final boolean noFilter;
  private final Optional<String> user;
  private final OptionalInt status;

  private RequestPattern(Optional<PhoneLockAction> action, Filter filter, boolean noFilter,
      Optional<String> user, OptionalInt status) {
    this.action = action;
    this.filter = filter;
    this.noFilter = noFilter;
    this.user = user;
    this.status = status;
  }

  /**
   * {@code PUT} requests to the Lock endpoint, whatever their outcome.
   *
   * @return the pattern
   */
  public static RequestPattern lockRequests() {
    return new RequestPattern(Optional.of(PhoneLockAction.LOCK), Filter.none(), false,
        Optional.empty(), OptionalInt.empty());
  }

  /**
   * {@code PUT} requests to the Unlock endpoint, whatever their outcome.
   *
   * @return the pattern
   */
  public static RequestPattern unlockRequests() {
    return new RequestPattern(Optional.of(PhoneLockAction.UNLOCK), Filter.none(), false,
        Optional.empty(), OptionalInt.empty());
  }

  /**
   * Every journal entry: any method, any path outside {@code /__fake/}.
   *
   * @return the pattern
   */
  public static RequestPattern anyRequest() {
    return new RequestPattern(Optional.empty(), Filter.none(), false, Optional.empty(),
        OptionalInt.empty());
  }

  /**
   * Also requires a filter field with this value (compared ignoring case as the contract says).
   *
   * @param field an API name, any case: {@code department}, {@code customField1}..{@code 10}
   * @param value the value, refused as a request would refuse it (empty, blank, invisible)
   * @return a new pattern
   * @throws org.phonelock.domain.InvalidFilterException when the field is unknown or already in
   *     this pattern, or the value could not be sent
   * @throws IllegalStateException after {@link #withNoFilter()}
   */
  public RequestPattern withFilter(String field, String value) {
    requireNonNull(field, "field");
    requireNonNull(value, "value");
    if (noFilter) {
      throw new IllegalStateException("withFilter contradicts withNoFilter()");
    }
    Filter.Builder builder = Filter.builder();
    filter.values().forEach(builder::put);
    return new RequestPattern(action, builder.put(field, value).build(), false, user, status);
  }

  /**
   * Also requires a request without query string: one that acts on every line the caller can see
   * (api-contract.md, "Filters", "global level").
   *
   * @return a new pattern
   * @throws IllegalStateException after {@link #withFilter}
   */
  public RequestPattern withNoFilter() {
    if (!filter.isEmpty()) {
      throw new IllegalStateException("withNoFilter() contradicts withFilter");
    }
    return new RequestPattern(action, filter, true, user, status);
  }

  /**
   * Also requires the user name the caller sent in its Basic credentials, whether or not they
   * were accepted; compared ignoring case as user names are (api-contract.md, "The user
   * directory").
   *
   * @param username the user name
   * @return a new pattern
   */
  public RequestPattern withUser(String username) {
    return new RequestPattern(action, filter, noFilter, Optional.of(requireNonNull(username,
        "username")), status);
  }

  /**
   * Also requires the status the server answered; 0 stands for a connection a fault dropped or
   * reset ({@link JournalEntry#status()}).
   *
   * @param status the HTTP status, or 0
   * @return a new pattern
   */
  public RequestPattern withStatus(int status) {
    return new RequestPattern(action, filter, noFilter, user, OptionalInt.of(status));
  }

  /**
   * Tells whether an entry matches every part.
   *
   * @param entry a journal entry
   * @return true when nothing differs
   */
  public boolean matches(JournalEntry entry) {
    return differences(entry).isEmpty();
  }

  /** How many parts this pattern has, at least 1 (an empty pattern has one: any request). */
  public int parts() {
    return Math.max(1, (action.isPresent() ? 1 : 0) + filter.values().size() + (noFilter ? 1 : 0)
        + (user.isPresent() ? 1 : 0) + (status.isPresent() ? 1 : 0));
  }

  /**
   * What differs between this pattern and an entry, one line per part that does not match.
   *
   * @param entry a journal entry
   * @return e.g. {@code department: expected "R&D", was "Sales"}; empty when it matches
   */
  public List<String> differences(JournalEntry entry) {
    List<String> differences = new ArrayList<>();
    action.ifPresent(expected -> {
      Optional<PhoneLockAction> actual = PhoneLockEndpoint.action(entry.path());
      if (!entry.method().equals("PUT") || !actual.equals(action)) {
        differences.add("action: expected " + describe(expected) + ", was " + entry.method()
            + " " + Text.quote(entry.path()));
      }
    });
    Map<String, String> sent = filter.isEmpty() ? Map.of() : sentFilters(entry);
    for (Map.Entry<FilterField, String> part : filter.values().entrySet()) {
      String actual = sent.get(part.getKey().apiName());
      if (actual == null || !Text.matchesIgnoringCase(actual, part.getValue())) {
        differences.add(part.getKey().apiName() + ": expected " + Text.quote(part.getValue())
            + ", was " + (actual == null ? "absent" : Text.quote(actual)));
      }
    }
    if (noFilter && entry.query() != null) {
      differences.add("filter: expected none, was ?" + entry.query());
    }
    user.ifPresent(expected -> {
      if (entry.username() == null || !Text.matchesIgnoringCase(entry.username(), expected)) {
        differences.add("user: expected " + Text.quote(expected) + ", was "
            + (entry.username() == null ? "none" : Text.quote(entry.username())));
      }
    });
    status.ifPresent(expected -> {
      if (entry.status() != expected) {
        differences.add("status: expected " + expected + ", was " + entry.status());
      }
    });
    return differences;
  }

  /**
   * The filters the request carried. A request that a fault or an authentication check answered
   * before its filters were read has none in the journal, yet its query says what the client
   * sent; it is read here as the endpoint reads it (api-contract.md, "Filters").
   */
  private static Map<String, String> sentFilters(JournalEntry entry) {
    if (!entry.filters().isEmpty() || entry.query() == null) {
      return entry.filters();
    }
    try {
      Map<String, String> sent = new java.util.HashMap<>();
      FilterQuery.decode(entry.query()).values().forEach((f, v) -> sent.put(f.apiName(), v));
      return sent;
    } catch (InvalidFilterException e) {
      return Map.of(); // a query the endpoint refuses carries no filter
    }
  }

  /**
   * A readable form for messages.
   *
   * @return e.g. {@code PUT Lock department="R&D" user "svc-lock" status 200}
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(action.map(RequestPattern::describe)
        .orElse("any request"));
    if (!filter.isEmpty()) {
      text.append(' ').append(filter);
    }
    if (noFilter) {
      text.append(" without filter");
    }
    user.ifPresent(name -> text.append(" user ").append(Text.quote(name)));
    status.ifPresent(code -> text.append(" status ").append(code));
    return text.toString();
  }

  private static String describe(PhoneLockAction action) {
    return "PUT " + action.endpointName();
  }
}
