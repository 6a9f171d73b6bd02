package org.phonelock.adapters.cli;

import jakarta.inject.Inject;
import org.phonelock.domain.PhoneLockAction;
import picocli.CommandLine.Command;

/** {@code phonelock unlock}: {@code PUT .../Phones/Unlock} (vendor page, "EndPoints"). */
@Command(
    name = "unlock",
    description = "Unlock the phone lines of the users matching the filters.",
    mixinStandardHelpOptions = true,
    footer = {"", "Password: PHONELOCK_PASSWORD, --password-file, --password-stdin or a prompt."})
public final class UnlockCommand extends ActionCommand {
  /**
   * Creates the command.
   *
   * @param context the process surroundings
   * @param clients opens the HTTP session
   */
  @Inject
  public UnlockCommand(CliContext context, PhoneLockClientFactory clients) {
    super(PhoneLockAction.UNLOCK, context, clients);
  }
}
