package org.phonelock.application;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;

/**
 * What the Phone Lock API answered to one action. Expected refusals (401, 403, a filter the
 * server rejects) are values of this type; I/O failures are {@link
 * org.phonelock.application.port.out.PhoneLockServerUnavailableException} (api-contract.md,
 * "Responses").
 */
public sealed interface PhoneLockResult {

  /**
   * The five outcomes, for exhaustive {@code switch} expressions: on Java 17 a switch over a
   * sealed interface's records is not exhaustive without pattern matching, so mappings switch
   * over this enum and fail to compile when an outcome is added.
   */
  enum Kind {
    /** 200. */
    APPLIED,
    /** 401. */
    AUTHENTICATION_FAILED,
    /** 403. */
    PERMISSION_DENIED,
    /** Another 3xx or 4xx. */
    REFUSED,
    /** 5xx, or 429 after the retries. */
    SERVER_ERROR
  }

  /**
   * Which of the five outcomes this is.
   *
   * @return the kind, one per record type
   */
  Kind kind();

  /**
   * The HTTP status the server answered with.
   *
   * @return e.g. 200, 401, 403, 400, 503
   */
  int status();

  /**
   * {@code 200}: the action was applied.
   *
   * @param action lock or unlock
   * @param filter the filter that was sent
   * @param counts the counts, when the server reports them (the fake server does; the vendor
   *     page documents no body)
   */
  record Applied(PhoneLockAction action, Filter filter, Optional<ChangeCounts> counts)
      implements PhoneLockResult {
    @Override
    public Kind kind() {
      return Kind.APPLIED;
    }

    public Applied {
      requireNonNull(action, "action");
      requireNonNull(filter, "filter");
      requireNonNull(counts, "counts");
    }

    /**
     * The success status. The vendor page documents only 200; an adapter maps any 2xx here, and
     * callers only need "success", so this reports 200 whatever 2xx the server sent.
     *
     * @return 200
     */
    @Override
    public int status() {
      return 200;
    }
  }

  /**
   * {@code 401}: missing or wrong credentials.
   *
   * @param serverMessage the server's message, possibly empty; never holds credentials
   */
  record AuthenticationFailed(String serverMessage) implements PhoneLockResult {
    @Override
    public Kind kind() {
      return Kind.AUTHENTICATION_FAILED;
    }

    public AuthenticationFailed {
      requireNonNull(serverMessage, "serverMessage");
    }

    @Override
    public int status() {
      return 401;
    }
  }

  /**
   * {@code 403}: the caller has no Phone Lock permission that allows the action.
   *
   * @param serverMessage the server's message, possibly empty
   */
  record PermissionDenied(String serverMessage) implements PhoneLockResult {
    @Override
    public Kind kind() {
      return Kind.PERMISSION_DENIED;
    }

    public PermissionDenied {
      requireNonNull(serverMessage, "serverMessage");
    }

    @Override
    public int status() {
      return 403;
    }
  }

  /**
   * Another {@code 4xx}: the server refused the request (bad filter 400, unknown path 404, ...);
   * or a {@code 3xx}, which the client does not follow so that credentials go nowhere else.
   *
   * @param status the 3xx or 4xx status, not 401, 403 or 429
   * @param serverMessage the server's message, possibly empty
   */
  record Refused(int status, String serverMessage) implements PhoneLockResult {
    @Override
    public Kind kind() {
      return Kind.REFUSED;
    }

    /** 401, 403 and 429 have their own result types. */
    public Refused {
      requireNonNull(serverMessage, "serverMessage");
      if (status < 300 || status > 499 || status == 401 || status == 403 || status == 429) {
        throw new IllegalArgumentException(
            "status " + status + " is not a refusal; accepted: 300 to 499 except 401, 403, 429");
      }
    }
  }

  /**
   * {@code 5xx} or {@code 429} still answered after the client's retries, or a status no other
   * result covers (below 200, above 599).
   *
   * @param status the status: 429, or outside 200 to 499
   * @param serverMessage the server's message, possibly empty
   * @param retries what the client did about retrying, when the port reports it
   */
  record ServerError(int status, String serverMessage, Optional<Retries> retries)
      implements PhoneLockResult {
    @Override
    public Kind kind() {
      return Kind.SERVER_ERROR;
    }

    /** A server error from a port that does not say how it retried. */
    public ServerError(int status, String serverMessage) {
      this(status, serverMessage, Optional.empty());
    }

    /** A status in 200 to 499 other than 429 belongs to another result type. */
    public ServerError {
      requireNonNull(serverMessage, "serverMessage");
      requireNonNull(retries, "retries");
      if (status != 429 && status >= 200 && status <= 499) {
        throw new IllegalArgumentException(
            "status " + status + " is not a server error; accepted: 429, or outside 200 to 499");
      }
    }
  }
}
