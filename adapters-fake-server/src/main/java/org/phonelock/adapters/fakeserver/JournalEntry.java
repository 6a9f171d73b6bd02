package org.phonelock.adapters.fakeserver;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;

/**
 * One Phone Lock request as the fake server saw it ({@code GET /__fake/journal}). Holds no
 * password and no {@code Authorization} value.
 *
 * @param time when the request arrived
 * @param method the HTTP method
 * @param path the decoded path as sent (any case)
 * @param query the raw query string as sent, or null when there was none
 * @param filters the decoded filters by API name ({@code department}, {@code customField1}...),
 *     in field order; empty when there was no filter or the request was refused before they were
 *     read
 * @param username the user name the caller claimed, or null when it sent no decodable Basic
 *     credentials; present even when authentication failed
 * @param status the HTTP status answered, or 0 when a fault dropped or reset the connection
 * @param fault the injected fault acted out on this request, or null when none
 */
public record JournalEntry(
    Instant time,
    String method,
    String path,
    String query,
    Map<String, String> filters,
    String username,
    int status,
    Fault fault) {
  /**
   * Checks the required parts.
   *
   * @throws NullPointerException when time, method, path or filters is null
   */
  public JournalEntry {
    requireNonNull(time, "time");
    requireNonNull(method, "method");
    requireNonNull(path, "path");
    requireNonNull(filters, "filters");
  }
}
