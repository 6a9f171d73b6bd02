package org.phonelock.adapters.cli;

import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import org.phonelock.adapters.cli.schedule.ScheduleCommand;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code phonelock}: the root command; it only dispatches to its subcommands. */
@Command(
    name = "phonelock",
    description = "Lock and unlock phone lines through the Imagicle Phone Lock REST API.",
    versionProvider = VersionProvider.class,
    subcommands = {
      AutoComplete.GenerateCompletion.class,
      LockCommand.class,
      UnlockCommand.class,
      FakeServerCommand.class,
      DemoCommand.class,
      ScheduleCommand.class,
    },
    mixinStandardHelpOptions = true)
public final class PhonelockCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ExitCodeList exitCodes;

  private final CliContext context;

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
    context.err().println("phonelock: no command given; use one of: "
        + String.join(", ", spec.subcommands().keySet()) + " (see 'phonelock --help')");
    return ExitCodes.USAGE;
  }
}
