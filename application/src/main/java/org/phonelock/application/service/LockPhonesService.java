package org.phonelock.application.service;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.in.LockPhones;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.application.port.out.ApplyPhoneLockPort;
import org.phonelock.domain.PhoneLockAction;

/** {@link LockPhones} through an {@link ApplyPhoneLockPort}. */
public final class LockPhonesService implements LockPhones {
  private final ApplyPhoneLockPort port;

  /**
   * Creates the service.
   *
   * @param port where lock requests go
   */
  @Inject
  public LockPhonesService(ApplyPhoneLockPort port) {
    this.port = requireNonNull(port, "port");
  }

  /**
   * Sends {@link PhoneLockAction#LOCK} with the command's filter.
   *
   * @param command which lines
   * @return the server's answer
   * @throws org.phonelock.application.port.out.PhoneLockServerUnavailableException as the port
   */
  @Override
  public PhoneLockResult lock(PhoneLockCommand command) {
    return port.apply(PhoneLockAction.LOCK, command.filter());
  }
}
