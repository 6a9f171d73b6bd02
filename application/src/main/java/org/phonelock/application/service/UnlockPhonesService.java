package org.phonelock.application.service;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.in.UnlockPhones;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.application.port.out.ApplyPhoneLockPort;
import org.phonelock.domain.PhoneLockAction;

/** {@link UnlockPhones} through an {@link ApplyPhoneLockPort}. */
public final class UnlockPhonesService implements UnlockPhones {
  private final ApplyPhoneLockPort port;

  /**
   * Creates the service.
   *
   * @param port where unlock requests go
   */
  @Inject
  public UnlockPhonesService(ApplyPhoneLockPort port) {
    this.port = requireNonNull(port, "port");
  }

  /**
   * Sends {@link PhoneLockAction#UNLOCK} with the command's filter.
   *
   * @param command which lines
   * @return the server's answer
   * @throws org.phonelock.application.port.out.PhoneLockServerUnavailableException as the port
   */
  @Override
  public PhoneLockResult unlock(PhoneLockCommand command) {
    return port.apply(PhoneLockAction.UNLOCK, command.filter());
  }
}
