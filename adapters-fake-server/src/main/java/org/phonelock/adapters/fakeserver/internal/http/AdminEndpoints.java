package org.phonelock.adapters.fakeserver.internal.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fake-only admin API under {@code /__fake/}, which needs no authentication: each route is a
 * path and a method. Unknown paths get 404, other methods 405 with {@code Allow}, like the Phone
 * Lock endpoints (api-contract.md, "Responses").
 */
public final class AdminEndpoints {
  /** The path prefix of every admin route. */
  public static final String PREFIX = "/__fake/";

  /** One admin operation. */
  @FunctionalInterface
  public interface Handler {
    /**
     * Answers one request.
     *
     * @param rawQuery the query as sent, without {@code ?}, or null when there is none
     * @param body the request body, possibly empty
     * @return the reply
     */
    Reply handle(String rawQuery, byte[] body);
  }

  private final Map<String, Map<String, Handler>> routes = new LinkedHashMap<>();

  /**
   * Adds a route.
   *
   * @param name the path after {@link #PREFIX}, e.g. {@code lines}
   * @param method the HTTP method
   * @param handler what answers it
   * @return this
   */
  public AdminEndpoints route(String name, String method, Handler handler) {
    routes.computeIfAbsent(PREFIX + name, path -> new TreeMap<>()).put(method, handler);
    return this;
  }

  /**
   * The routes, for checking the API description against them.
   *
   * @return each full path with its methods
   */
  public Map<String, Set<String>> methodsByPath() {
    Map<String, Set<String>> methods = new LinkedHashMap<>();
    routes.forEach((path, handlers) -> methods.put(path, Set.copyOf(handlers.keySet())));
    return methods;
  }

  /**
   * Answers one admin request.
   *
   * @param method the HTTP method
   * @param path the path as routed ({@link RequestTarget#routingPath}), starting with {@link
   *     #PREFIX}
   * @param rawQuery the query as sent, or null when there is none
   * @param body the request body
   * @return the reply
   */
  public Reply handle(String method, String path, String rawQuery, byte[] body) {
    Map<String, Handler> methods = routes.get(path);
    if (methods == null) {
      return Reply.error(404, "not_found", "no such fake admin endpoint: " + path
          + "; available: " + String.join(", ", routes.keySet()));
    }
    Handler handler = methods.get(method);
    if (handler == null) {
      return Replies.methodNotAllowed(method, String.join(", ", methods.keySet()));
    }
    return handler.handle(rawQuery, body);
  }
}
