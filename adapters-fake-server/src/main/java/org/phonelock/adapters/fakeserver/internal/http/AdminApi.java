package org.phonelock.adapters.fakeserver.internal.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phonelock.adapters.fakeserver.DirectoryFormatException;
import org.phonelock.adapters.fakeserver.JournalEntry;
import org.phonelock.adapters.fakeserver.UserDirectory;
import org.phonelock.adapters.fakeserver.internal.state.FakeServerState;
import org.phonelock.adapters.fakeserver.internal.state.Verification;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterQuery;
import org.phonelock.domain.InvalidFilterException;

/**
 * The routes of the fake-only admin API (no authentication):
 *
 * <ul>
 *   <li>{@code GET /__fake/lines}: every line, {@code [{"username","department","extension",
 *       "partition","locked"}]}; with the Phone Lock filters in the query, only the lines of the
 *       users they match (api-contract.md, "Filters", including the 400 refusals).
 *   <li>{@code GET /__fake/journal}: the recent Phone Lock requests in arrival order.
 *   <li>{@code POST /__fake/reset}: back to the loaded directory; 204.
 *   <li>{@code PUT /__fake/directory}: load a directory CSV sent as the body; {@code
 *       {"users":N,"lines":N}}, or 400 naming the line and reason.
 *   <li>{@code GET /__fake/faults}, {@code POST /__fake/faults} (add one, see {@link FaultJson}),
 *       {@code DELETE /__fake/faults} (clear; 204).
 *   <li>{@code POST /__fake/verify}: counts the journal entries that match a pattern ({@link
 *       VerifyJson}); {@code {"matched":N,"ok":true|false,...}} with the closest entries on a
 *       mismatch ({@link Verification}).
 *   <li>{@code GET /__fake/}: the {@link ConsolePage browser console}.
 *   <li>{@code GET /__fake/openapi.yaml}: the {@link OpenApiDocument OpenAPI 3 description}.
 *   <li>{@code GET /__fake/health}: {@code {"status":"up"}}, a constant answer for container
 *       health checks, cheap whatever the size of the directory (unlike {@code lines}).
 * </ul>
 */
public final class AdminApi {
  /** The source name of a directory sent to {@code PUT /__fake/directory}, in its errors. */
  public static final String DIRECTORY_SOURCE = "request body";

  private AdminApi() {}

  /**
   * Builds the routes.
   *
   * @param state the server state the routes read and change
   * @return the routes
   */
  public static AdminEndpoints routes(FakeServerState state) {
    // The console page is read on its first request (the tests of the bundled page catch a
    // broken one at build time).
    return new AdminEndpoints()
        .route("lines", "GET", (query, body) -> lines(state, query))
        .route("journal", "GET", (query, body) -> Reply.json(200,
            state.journal().entries().stream().map(AdminApi::toJson).toList()))
        .route("reset", "POST", (query, body) -> {
          state.reset();
          return Reply.empty(204);
        })
        .route("directory", "PUT", (query, body) -> loadDirectory(state, body))
        .route("faults", "GET", (query, body) -> pendingFaults(state))
        .route("faults", "POST", (query, body) -> addFault(state, body))
        .route("faults", "DELETE", (query, body) -> {
          state.faults().clear();
          return Reply.empty(204);
        })
        .route(ConsolePage.ROUTE, "GET", (query, body) -> ConsolePage.reply())
        .route("verify", "POST", (query, body) -> verify(state, body))
        .route(OpenApiDocument.ROUTE, "GET", (query, body) -> OpenApiDocument.reply())
        .route("health", "GET", (query, body) -> Reply.json(200, Map.of("status", "up")));
  }

  private static Reply lines(FakeServerState state, String rawQuery) {
    Filter filter;
    try {
      filter = FilterQuery.decode(rawQuery);
    } catch (InvalidFilterException e) {
      return Replies.badFilter(e.getMessage());
    }
    return Reply.json(200, filter.isEmpty() ? state.lines() : state.lines(filter));
  }

  private static Reply loadDirectory(FakeServerState state, byte[] body) {
    UserDirectory directory;
    try {
      directory = UserDirectory.read(new ByteArrayInputStream(body), DIRECTORY_SOURCE);
    } catch (DirectoryFormatException e) {
      return Reply.error(400, "invalid_directory", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("reading a byte array cannot fail", e);
    }
    state.load(directory);
    Map<String, Object> loaded = new LinkedHashMap<>();
    loaded.put("users", directory.users().size());
    loaded.put("lines", directory.users().stream().mapToInt(user -> user.lines().size()).sum());
    return Reply.json(200, loaded);
  }

  private static Reply addFault(FakeServerState state, byte[] body) {
    try {
      state.faults().add(FaultJson.parse(body));
    } catch (IllegalArgumentException e) {
      return Reply.error(400, "invalid_fault", e.getMessage());
    }
    return pendingFaults(state);
  }

  private static Reply verify(FakeServerState state, byte[] body) {
    VerifyJson.Request request;
    try {
      request = VerifyJson.parse(body);
    } catch (IllegalArgumentException e) {
      return Reply.error(400, "invalid_pattern", e.getMessage());
    }
    return Reply.json(200, Verification.of(request.count(), request.pattern(),
        state.journal().entries()).toJson());
  }

  private static Reply pendingFaults(FakeServerState state) {
    List<Map<String, Object>> pending =
        state.faults().pending().stream().map(FaultJson::toJson).toList();
    return Reply.json(200, pending);
  }

  public static Map<String, Object> toJson(JournalEntry entry) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("sequence", entry.sequence());
    json.put("time", entry.time().toString());
    json.put("method", entry.method());
    json.put("path", entry.path());
    json.put("query", entry.query());
    json.put("filters", entry.filters());
    json.put("filterError", entry.filterError());
    json.put("username", entry.username());
    json.put("status", entry.status());
    json.put("fault", entry.fault() == null ? null : FaultJson.toJson(entry.fault()));
    json.put("appliedOrder", entry.appliedOrder());
    return json;
  }
}
