package org.phonelock.adapters.cli;

import jakarta.inject.Inject;
import org.phonelock.application.port.out.AuditLog;
import org.phonelock.domain.PhoneLockAction;
import picocli.CommandLine.Command;

/** {@code phonelock lock}: {@code PUT .../Phones/Lock} (vendor page, "EndPoints"). */
@Command(
    name = "lock",
    description = "Lock the phone lines of the users matching the filters.",
    mixinStandardHelpOptions = true,
    footerHeading = "%nPassword and profiles:%n",
    footer = {
      "Password: --password-stdin, --password-file, PHONELOCK_PASSWORD, the profile's password"
          + " (file readable by its owner alone) or a prompt.",
      "Profiles: config.yaml in $XDG_CONFIG_HOME/phonelock (default ~/.config/phonelock;"
          + " %%APPDATA%%\\phonelock on Windows). Flags win over environment, environment over"
          + " profile."
    })
public final class LockCommand extends ActionCommand {
  @Inject
  public LockCommand(CliContext context, PhoneLockClientFactory clients,
      AuditLog.Factory auditLogs) {
    super(PhoneLockAction.LOCK, context, clients, auditLogs);
  }
}
