package org.phonelock.adapters.http;

import java.util.Optional;
import java.util.OptionalInt;
import org.phonelock.application.ChangeCounts;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.Retries;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;

/**
 * Turns an HTTP answer into a {@link PhoneLockResult} (api-contract.md, "Responses"): {@code 2xx}
 * applied, {@code 401} authentication failed, {@code 403} permission denied, other {@code 4xx}
 * refused, {@code 5xx} and {@code 429} server error. Every body is optional.
 */
final class ResponseMapper {
  private ResponseMapper() {}

  /**
   * Maps one answer.
   *
   * @param answer the final answer (after retries)
   * @param retries what the retries did, kept in a {@code ServerError}
   * @param action the action that was sent
   * @param filter the filter that was sent
   * @param secrets secrets to keep out of server messages
   * @return {@code Applied} for any 2xx, with counts when the body is the contract's JSON; {@code
   *     AuthenticationFailed} for 401; {@code PermissionDenied} for 403; {@code Refused} for other
   *     4xx and for a redirect (3xx: not followed, so that credentials go nowhere else);
   *     {@code ServerError} for anything else
   */
  static PhoneLockResult map(HttpAnswer answer, Retries retries, PhoneLockAction action,
      Filter filter, Secrets secrets) {
    int status = answer.status();
    if (status >= 200 && status < 300) {
      return new PhoneLockResult.Applied(action, filter, counts(answer.body()));
    }
    String message = ServerMessage.of(answer.body(), secrets);
    if (status >= 300 && status < 400) {
      return new PhoneLockResult.Refused(status, redirectMessage(answer, secrets));
    }
    if (status == 401) {
      return new PhoneLockResult.AuthenticationFailed(message);
    }
    if (status == 403) {
      return new PhoneLockResult.PermissionDenied(message);
    }
    if (status >= 400 && status < 500 && status != 429) {
      return new PhoneLockResult.Refused(status, message);
    }
    return new PhoneLockResult.ServerError(status, message, Optional.of(retries));
  }

  /**
   * The counts of a {@code 200} body {@code {"matchedUsers":N,"matchedLines":N,"changedLines":N}}
   * (api-contract.md, "Responses", fake server only).
   *
   * @param body the body, possibly empty or anything else
   * @return the counts when all three are integers that make valid {@link ChangeCounts}; else
   *     empty
   */
  static Optional<ChangeCounts> counts(String body) {
    return JsonMembers.of(body).flatMap(ResponseMapper::counts);
  }

  private static Optional<ChangeCounts> counts(JsonMembers json) {
    OptionalInt users = json.integer("matchedUsers");
    OptionalInt lines = json.integer("matchedLines");
    OptionalInt changed = json.integer("changedLines");
    if (users.isEmpty() || lines.isEmpty() || changed.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new ChangeCounts(users.getAsInt(), lines.getAsInt(), changed.getAsInt()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String redirectMessage(HttpAnswer answer, Secrets secrets) {
    String target = answer.location().map(l -> ServerMessage.clean(secrets.scrub(l))).orElse("?");
    return "the server redirected to " + target + "; redirects are not followed, so that"
        + " credentials go to no other address: give that address as the server URL";
  }
}
