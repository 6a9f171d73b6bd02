package org.phonelock.adapters.fakeserver;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;

/**
 * One Phone Lock request as the fake server saw it ({@code GET /__fake/journal}). Holds no
 * password and no {@code Authorization} value. The journal lists entries by {@code sequence}.
 *
 * @param sequence the request's number in arrival order: 1 for the first request the server saw
 * @param time when the request arrived; never before the time of a lower {@code sequence}
 * @param method the HTTP method
 * @param path the path as sent (any case), escapes of unreserved characters decoded ({@code %4C}
 *     is {@code L}, RFC 3986, section 2.3) and every other escape kept ({@code %2F} stays, so
 *     {@code .../Phones%2FLock} is not the Lock endpoint, and a {@code %C3%A9} stays encoded)
 * @param query the raw query string as sent, or null when there was none
 * @param filters the filters the query holds, by API name ({@code department}, {@code
 *     customField1}...), in field order, read whatever the answer (a fault, 401, 403, 404...);
 *     empty when the query has no filter or could not be read
 * @param filterError why the query could not be read as filters (the message a {@code 400} would
 *     give, api-contract.md, "Filters"), or null when it could
 * @param username the user name the caller claimed, or null when it sent no decodable Basic
 *     credentials; present even when authentication failed
 * @param status the HTTP status answered, or 0 when a fault dropped or reset the connection
 * @param fault the injected fault acted out on this request, or null when none
 * @param appliedOrder the action's place among the actions applied since the last reset (1 for
 *     the first), or 0 when it was not applied: replaying the applied entries sorted by it gives
 *     the server's state, while requests may finish in another order than they arrived
 */
public record JournalEntry(
    long sequence,
    Instant time,
    String method,
    String path,
    String query,
    Map<String, String> filters,
    String filterError,
    String username,
    int status,
    Fault fault,
    long appliedOrder) {
  /**
   * Checks the required parts.
   *
   * @throws IllegalArgumentException when filters are given together with a filter error
   */
  public JournalEntry {
    requireNonNull(time, "time");
    requireNonNull(method, "method");
    requireNonNull(path, "path");
    requireNonNull(filters, "filters");
    if (filterError != null && !filters.isEmpty()) {
      throw new IllegalArgumentException("a query is either read as filters or refused");
    }
  }
}
