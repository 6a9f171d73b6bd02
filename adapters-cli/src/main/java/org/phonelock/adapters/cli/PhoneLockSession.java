package org.phonelock.adapters.cli;

import java.util.List;
import org.phonelock.application.port.in.LockPhones;
import org.phonelock.application.port.in.UnlockPhones;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;

/** The use cases bound to one server and account, plus what {@code --dry-run} shows. */
public interface PhoneLockSession extends AutoCloseable {
  /** The lock use case. */
  LockPhones lockPhones();

  /** The unlock use case. */
  UnlockPhones unlockPhones();

  /**
   * The exact request an action would send, without sending it.
   *
   * @param action lock or unlock
   * @return the request line ({@code PUT <url>}) then one line per header, Authorization
   *     redacted
   */
  List<String> describeRequest(PhoneLockAction action, Filter filter);

  /** Releases the HTTP client. Never throws. */
  @Override
  void close();
}
