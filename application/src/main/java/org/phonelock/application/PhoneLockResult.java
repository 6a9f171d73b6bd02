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
    /**
     * Checks the arguments.
     *
     * @throws NullPointerException when an argument is null
     */
    public Applied {
      requireNonNull(action, "action");
      requireNonNull(filter, "filter");
      requireNonNull(counts, "counts");
    }

    /**
     * Always 200.
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
    /**
     * Always 401.
     *
     * @return 401
     */
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
    /**
     * Always 403.
     *
     * @return 403
     */
    @Override
    public int status() {
      return 403;
    }
  }

  /**
   * Another {@code 4xx}: the server refused the request (bad filter 400, unknown path 404, ...).
   *
   * @param status the 4xx status
   * @param serverMessage the server's message, possibly empty
   */
  record Refused(int status, String serverMessage) implements PhoneLockResult {}

  /**
   * {@code 5xx} or {@code 429} still answered after the client's retries.
   *
   * @param status the status
   * @param serverMessage the server's message, possibly empty
   */
  record ServerError(int status, String serverMessage) implements PhoneLockResult {}
}
