package org.phonelock.adapters.cli;

import jakarta.inject.Inject;
import org.phonelock.domain.PhoneLockAction;
import picocli.CommandLine.Command;

/** {@code phonelock lock}: {@code PUT .../Phones/Lock} (vendor page, "EndPoints"). */
@Command(
    name = "lock",
    description = "Lock the phone lines of the users matching the filters.",
    mixinStandardHelpOptions = true,
    footer = {"", "Password: PHONELOCK_PASSWORD, --password-file, --password-stdin or a prompt."})
public final class LockCommand extends ActionCommand {
  /**
   * Creates the command.
   *
   * @param context the process surroundings
   * @param clients opens the HTTP session
   */
  @Inject
  public LockCommand(CliContext context, PhoneLockClientFactory clients) {
    super(PhoneLockAction.LOCK, context, clients);
  }
}
