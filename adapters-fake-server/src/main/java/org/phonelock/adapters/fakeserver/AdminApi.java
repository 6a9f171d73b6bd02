package org.phonelock.adapters.fakeserver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The routes of the fake-only admin API (no authentication):
 *
 * <ul>
 *   <li>{@code GET /__fake/lines}: every line, {@code [{"username","department","extension",
 *       "partition","locked"}]}.
 *   <li>{@code GET /__fake/journal}: the recent Phone Lock requests, oldest first.
 *   <li>{@code POST /__fake/reset}: back to the loaded directory; 204.
 *   <li>{@code GET /__fake/faults}, {@code POST /__fake/faults} (add one, see {@link FaultJson}),
 *       {@code DELETE /__fake/faults} (clear; 204).
 *   <li>{@code GET /__fake/openapi.yaml}: the {@link OpenApiDocument OpenAPI 3 description}.
 * </ul>
 */
final class AdminApi {
  private AdminApi() {}

  /**
   * Builds the routes.
   *
   * @param state the server state the routes read and change
   * @return the routes
   */
  static AdminEndpoints routes(FakeServerState state) {
    return new AdminEndpoints()
        .route("lines", "GET", body -> Reply.json(200, state.lines().snapshot()))
        .route("journal", "GET", body -> Reply.json(200,
            state.journal().entries().stream().map(AdminApi::toJson).toList()))
        .route("reset", "POST", body -> {
          state.reset();
          return Reply.empty(204);
        })
        .route("faults", "GET", body -> pendingFaults(state))
        .route("faults", "POST", body -> addFault(state, body))
        .route("faults", "DELETE", body -> {
          state.faults().clear();
          return Reply.empty(204);
        })
        .route(OpenApiDocument.ROUTE, "GET", body -> OpenApiDocument.reply());
  }

  private static Reply addFault(FakeServerState state, byte[] body) {
    try {
      state.faults().add(FaultJson.parse(body));
    } catch (IllegalArgumentException e) {
      return Reply.error(400, "invalid_fault", e.getMessage());
    }
    return pendingFaults(state);
  }

  private static Reply pendingFaults(FakeServerState state) {
    List<Map<String, Object>> pending =
        state.faults().pending().stream().map(FaultJson::toJson).toList();
    return Reply.json(200, pending);
  }

  private static Map<String, Object> toJson(JournalEntry entry) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("time", entry.time().toString());
    json.put("method", entry.method());
    json.put("path", entry.path());
    json.put("query", entry.query());
    json.put("filters", entry.filters());
    json.put("username", entry.username());
    json.put("status", entry.status());
    json.put("fault", entry.fault() == null ? null : FaultJson.toJson(entry.fault()));
    return json;
  }
}
