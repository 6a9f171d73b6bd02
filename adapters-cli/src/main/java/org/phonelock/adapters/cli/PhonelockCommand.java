package org.phonelock.adapters.cli;

import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import org.phonelock.adapters.cli.schedule.ScheduleCommand;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code phonelock}: the root command; it only dispatches to its subcommands. */
@Command(
    name = "phonelock",
    description = "Lock and unlock phone lines through the Imagicle Phone Lock REST API.",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = {
      AutoComplete.GenerateCompletion.class,
      LockCommand.class,
      UnlockCommand.class,
      FakeServerCommand.class,
      DemoCommand.class,
      ScheduleCommand.class,
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success",
      "  1  internal error",
      "  2  usage or invalid input (nothing sent)",
      "  3  authentication failed (HTTP 401)",
      "  4  permission denied (HTTP 403)",
      "  5  refused by the server (other HTTP 4xx)",
      "  6  server error, timeout or unreachable after retries",
      "  7  schedule run: audit log or state file not writable; stopped",
    })
public final class PhonelockCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private final CliContext context;

  /**
   * Creates the command.
   *
   * @param context the process surroundings
   */
  @Inject
  public PhonelockCommand(CliContext context) {
    this.context = context;
  }

  /**
   * Called without a subcommand: prints the usage on standard error.
   *
   * @return {@link ExitCodes#USAGE}
   */
  @Override
  public Integer call() {
    context.err().println("phonelock: no command given; use one of: lock, unlock, fake-server,"
        + " demo, schedule (see 'phonelock --help')");
    return ExitCodes.USAGE;
  }
}
