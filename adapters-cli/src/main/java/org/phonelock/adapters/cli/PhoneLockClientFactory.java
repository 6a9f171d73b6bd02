package org.phonelock.adapters.cli;

/** Opens {@link PhoneLockSession sessions}; implemented by the wiring with the HTTP adapter. */
@FunctionalInterface
public interface PhoneLockClientFactory {
  /**
   * Opens a session. Sends nothing yet.
   *
   * @return the session; the caller closes it
   * @throws InvalidInputException when a setting is unusable (an unreadable or invalid CA file);
   *     the message names where it was set and is safe to show
   */
  PhoneLockSession open(ConnectionSettings settings);
}
