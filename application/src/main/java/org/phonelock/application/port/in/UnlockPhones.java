package org.phonelock.application.port.in;

import org.phonelock.application.PhoneLockResult;

/** Use case: unlock the phone lines selected by a command (vendor page, {@code PUT .../Unlock}). */
@FunctionalInterface
public interface UnlockPhones {
  /**
   * Unlocks the lines of the users the caller sees and the filter matches.
   *
   * @param command which lines
   * @return the server's answer: applied, or a refusal
   * @throws org.phonelock.application.port.out.PhoneLockServerUnavailableException when the
   *     server could not be reached or did not answer in time
   */
  PhoneLockResult unlock(PhoneLockCommand command);
}
