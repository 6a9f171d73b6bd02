package org.phonelock.application.port.out;

import org.phonelock.application.PhoneLockResult;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;

/**
 * Outgoing port: asks a Phone Lock server to apply one action to the lines matching a filter,
 * authenticated as the account the adapter was built with.
 */
@FunctionalInterface
public interface ApplyPhoneLockPort {
  /**
   * Sends one action.
   *
   * @param action lock or unlock
   * @param filter the filter to send exactly as given; may be empty (every visible line)
   * @return the server's answer
   * @throws PhoneLockServerUnavailableException when no HTTP answer arrived (connection refused
   *     or dropped, timeout, TLS failure), after the adapter's retries
   */
  PhoneLockResult apply(PhoneLockAction action, Filter filter);
}
