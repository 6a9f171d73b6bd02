package org.phonelock.adapters.cli;

import org.phonelock.application.port.out.PhoneLockServerUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Runs {@code phonelock} with a given command factory and surroundings, so that the real process
 * and the tests configure picocli the same way. Every failure ends as one line on standard error
 * and an exit code from {@link ExitCodes}; never a stack trace.
 */
public final class CliRunner {
  private CliRunner() {}

  /**
   * Parses and runs one command line.
   *
   * @param factory creates the commands (Dagger in the real process, fakes in tests)
   * @param context the process surroundings
   * @param args the arguments, without the program name
   * @return the exit code, see {@link ExitCodes}
   */
  public static int run(IFactory factory, CliContext context, String... args) {
    CommandLine commandLine = new CommandLine(PhonelockCommand.class, factory);
    commandLine.setOut(context.out());
    commandLine.setErr(context.err());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(
        (failure, arguments) -> {
          context.err().println(commandName(failure.getCommandLine()) + ": "
              + failure.getMessage() + " (see '" + commandName(failure.getCommandLine())
              + " --help')");
          return ExitCodes.USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (failure, command, parseResult) -> {
          context.err().println(commandName(command) + ": " + describe(failure));
          return ExitCodes.of(failure);
        });
    try {
      return commandLine.execute(args);
    } finally {
      context.out().flush();
      context.err().flush();
    }
  }

  private static String describe(Exception failure) {
    if (failure instanceof InvalidInputException
        || failure instanceof PhoneLockServerUnavailableException) {
      return failure.getMessage();
    }
    return "internal error (" + failure.getClass().getName() + ": " + failure.getMessage()
        + "); please report this";
  }

  private static String commandName(CommandLine commandLine) {
    return commandLine.getCommandSpec().qualifiedName();
  }
}
