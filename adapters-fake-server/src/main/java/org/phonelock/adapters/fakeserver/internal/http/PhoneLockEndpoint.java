package org.phonelock.adapters.fakeserver.internal.http;

import java.util.Optional;
import java.util.function.Supplier;
import org.phonelock.adapters.fakeserver.internal.state.ActionSummary;
import org.phonelock.adapters.fakeserver.internal.state.Authenticator;
import org.phonelock.domain.ActionScope;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterQuery;
import org.phonelock.domain.ImagicleUser;
import org.phonelock.domain.InvalidFilterException;
import org.phonelock.domain.PhoneLockAction;
import org.phonelock.domain.Visibility;

/**
 * The two Phone Lock endpoints, independent of the HTTP server (api-contract.md, "Endpoints",
 * "Authentication", "Permissions and visibility", "Filters", "Responses"). Checks run in this
 * order: path (404), method (405), credentials (401), permission (403), filters (400); then the
 * caller's {@link Applier} applies the action.
 */
public final class PhoneLockEndpoint {
  /** The challenge of every 401 (api-contract.md, "Authentication"; RFC 7617 charset). */
  public static final String CHALLENGE = "Basic realm=\"Imagicle Phone Lock (fake)\", charset=\"UTF-8\"";

  private static final String PATH_PREFIX = "/fw/Apps/StoneLock/WebAPI/Phones/";

  private final Supplier<Authenticator> authenticator;

  /**
   * An endpoint that checks credentials against a directory that may be replaced.
   *
   * @param authenticator the authenticator of the directory loaded now
   */
  public PhoneLockEndpoint(Supplier<Authenticator> authenticator) {
    this.authenticator = authenticator;
  }

  /** Applies an action that passed every check (and journals it in the same step). */
  @FunctionalInterface
  public interface Applier {
    /**
     * Applies the action.
     *
     * @param action lock or unlock
     * @param scope the caller's visibility and the filter
     * @param filter the filter as parsed
     * @param username the authenticated caller's name as sent
     * @return the counts
     */
    ActionSummary apply(PhoneLockAction action, ActionScope scope, Filter filter, String username);
  }

  /**
   * The action a path names; paths match case-insensitively (api-contract.md, "Endpoints").
   *
   * @param path the path as routed ({@link RequestTarget#routingPath}: an encoded {@code /} is no
   *     separator)
   * @return the action, or empty when the path is neither endpoint
   */
  public static Optional<PhoneLockAction> action(String path) {
    for (PhoneLockAction action : PhoneLockAction.values()) {
      if (path.equalsIgnoreCase(PATH_PREFIX + action.endpointName())) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }

  /**
   * Answers one request.
   *
   * @param request the request
   * @param applier applies the action when every check passes
   * @return the reply, with the claimed user name, and the filter when the action was applied
   */
  public ApiOutcome handle(ApiRequest request, Applier applier) {
    Optional<PhoneLockAction> action = action(request.path());
    if (action.isEmpty()) {
      return ApiOutcome.of(Replies.notFound(request.path()));
    }
    if (!request.method().equals("PUT")) {
      return ApiOutcome.of(Replies.methodNotAllowed(request.method(), "PUT"));
    }
    Optional<BasicAuthorization> credentials = BasicAuthorization.parse(request.authorization());
    Optional<String> claimed = credentials.map(BasicAuthorization::username);
    Optional<ImagicleUser> caller = credentials.flatMap(authenticator.get()::authenticate);
    if (caller.isEmpty()) {
      return new ApiOutcome(Replies.unauthorized(), claimed, Optional.empty());
    }
    Visibility visibility = Visibility.of(caller.get());
    if (visibility instanceof Visibility.Denied) {
      return new ApiOutcome(Replies.forbidden(caller.get()), claimed, Optional.empty());
    }
    Filter filter;
    try {
      filter = FilterQuery.decode(request.rawQuery());
    } catch (InvalidFilterException e) {
      return new ApiOutcome(Replies.badFilter(e.getMessage()), claimed, Optional.empty());
    }
    ActionSummary summary = applier.apply(
        action.get(), new ActionScope(visibility, filter), filter, claimed.orElseThrow());
    return new ApiOutcome(Reply.json(200, summary), claimed, Optional.of(filter));
  }

  /**
   * A request to one of the endpoints.
   *
   * @param method the HTTP method, case-sensitive
   * @param path the path as routed ({@link RequestTarget#routingPath})
   * @param rawQuery the raw query, or null when the request has none
   * @param authorization the {@code Authorization} header, or null when absent
   */
  public record ApiRequest(String method, String path, String rawQuery, String authorization) {
    @Override
    public String toString() {
      return "ApiRequest[" + method + " " + path + "]";
    }
  }

  /**
   * The reply plus what the journal records.
   *
   * @param reply the reply
   * @param username the user name the caller claimed, when it sent decodable credentials
   * @param filter the filter, when the action was applied
   */
  public record ApiOutcome(Reply reply, Optional<String> username, Optional<Filter> filter) {
    static ApiOutcome of(Reply reply) {
      return new ApiOutcome(reply, Optional.empty(), Optional.empty());
    }

    /** True when the action was applied, and so already journaled. */
    boolean applied() {
      return filter.isPresent();
    }
  }
}
