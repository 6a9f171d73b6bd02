package org.phonelock.adapters.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.phonelock.application.port.out.PhoneLockServerUnavailableException;
import org.phonelock.application.port.out.RefusedFileException;
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
   * @param args the arguments, without the program name
   * @return the exit code, see {@link ExitCodes}
   */
  public static int run(IFactory factory, CliContext context, String... args) {
    CommandLine commandLine = commandTree(factory);
    commandLine.setOut(context.out());
    commandLine.setErr(context.err());
    commandLine.setParameterExceptionHandler(
        (failure, arguments) -> {
          String line = commandName(failure.getCommandLine()) + ": "
              + message(failure) + suggestion(failure) + " (see '"
              + commandName(failure.getCommandLine()) + " --help')";
          context.err().println(line);
          if (failure.getCommandLine().getCommand() instanceof MonitoringPlugin plugin) {
            context.out().println(plugin.unknownLine(line));
            return MonitoringPlugin.UNKNOWN;
          }
          return ExitCodes.USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (failure, command, parseResult) -> {
          context.err().println(commandName(command) + ": " + describe(failure));
          if (command.getCommand() instanceof MonitoringPlugin plugin) {
            context.out().println(plugin.unknownLine(describe(failure)));
            return MonitoringPlugin.UNKNOWN;
          }
          return ExitCodes.of(failure);
        });
    try {
      return commandLine.execute(args);
    } finally {
      context.out().flush();
      context.err().flush();
    }
  }

  /**
   * The command tree as {@link #run} uses it: exact arguments, help wrapped only at spaces, and
   * {@code generate-completion} listed with the other commands (picocli hides it by default).
   */
  static CommandLine commandTree(IFactory factory) {
    CommandLine commandLine = exactArguments(new CommandLine(PhonelockCommand.class, factory));
    commandLine.getSubcommands().get("generate-completion").getCommandSpec().usageMessage()
        .hidden(false);
    commandLine.setHelpFactory(WordWrapHelp::new);
    CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
    commandLine.setExecutionStrategy(parseResult -> {
      refuseEmptyPaths(parseResult);
      return run.execute(parseResult);
    });
    return commandLine;
  }

  /**
   * An empty file option ({@code --state ''}, e.g. from an unset shell variable) is refused as a
   * usage error: as a {@link java.nio.file.Path} it would be the current folder.
   */
  private static void refuseEmptyPaths(CommandLine.ParseResult parseResult) {
    for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
      for (CommandLine.Model.OptionSpec option : r.matchedOptions()) {
        if (option.type() == java.nio.file.Path.class
            && option.originalStringValues().stream().anyMatch(String::isEmpty)) {
          throw new CommandLine.ParameterException(r.commandSpec().commandLine(),
              option.longestName() + " is empty; give a file");
        }
      }
    }
  }

  /**
   * picocli's message, except for unknown arguments: picocli lists them all, and the word after
   * an unknown option is likely its value, e.g. a password after {@code --password} (which does
   * not exist: secrets never go in argv), which would then sit in a terminal's scroll-back, cron
   * mail or the journal. Only option names are shown ({@code --name=value} without its value),
   * and a first word that is not an option (a mistyped command).
   */
  private static String message(CommandLine.ParameterException failure) {
    if (!(failure instanceof CommandLine.UnmatchedArgumentException unmatched)) {
      return failure.getMessage();
    }
    List<String> words = unmatched.getUnmatched();
    List<String> shown = new java.util.ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word.startsWith("-")) {
        shown.add("'" + word.split("=", 2)[0] + "'");
      } else if (i == 0) {
        shown.add("'" + word + "'");
      }
    }
    int hidden = words.size() - shown.size();
    boolean password = words.stream().anyMatch(w -> w.startsWith("-")
        && w.toLowerCase(java.util.Locale.ROOT).contains("pass"));
    return (shown.isEmpty() ? "unknown arguments" : (words.get(0).startsWith("-")
        ? "unknown option" : "unknown argument") + (shown.size() > 1 ? "s " : " ")
        + String.join(", ", shown))
        + (hidden == 0 ? "" : " (and " + hidden + " more, not shown: one may be a secret)")
        + (password ? "; a password is never an argument: use PHONELOCK_PASSWORD,"
            + " --password-file FILE or --password-stdin" : "");
  }

  /**
   * picocli's closest match for a mistyped command or option, on the same line. The matches only
   * name what exists; nothing is guessed or run in their place.
   */
  private static String suggestion(CommandLine.ParameterException failure) {
    if (failure instanceof CommandLine.UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        return "; did you mean " + suggestions.stream().limit(3).map(s -> "'" + s + "'")
            .collect(Collectors.joining(" or ")) + "?";
      }
    }
    return "";
  }

  /**
   * Turns off every picocli feature that would make a value differ from what was typed, or
   * guess what was meant (api-contract.md, "Filters": a typo must never widen a lock). Each is
   * set explicitly, even where it is picocli's default, because some defaults follow system
   * properties ({@code picocli.trimQuotes}, {@code picocli.useSimplifiedAtFiles}):
   *
   * <ul>
   *   <li>{@code @file} expansion: {@code --department @x} would send the content of a file {@code
   *       x} in the current folder, split into several arguments;
   *   <li>abbreviated options and subcommands: {@code --dep} or {@code unl} must not be guessed;
   *   <li>quote trimming and splitting: a value keeps its quotes as the shell passed them;
   *   <li>options or subcommand names as option values, and unknown options taken as
   *       positionals: {@code --department --all} is an error, not a department named "--all".
   * </ul>
   *
   * <p>Enum values ({@code --output json}) stay case-insensitive: they select among fixed names
   * and never become a value sent to the server.
   */
  public static CommandLine exactArguments(CommandLine commandLine) {
    commandLine.setExpandAtFiles(false);
    commandLine.setAbbreviatedOptionsAllowed(false);
    commandLine.setAbbreviatedSubcommandsAllowed(false);
    commandLine.setTrimQuotes(false);
    commandLine.setSplitQuotedStrings(false);
    commandLine.setAllowOptionsAsOptionParameters(false);
    commandLine.setAllowSubcommandsAsOptionParameters(false);
    commandLine.setUnmatchedOptionsArePositionalParams(false);
    commandLine.setUnmatchedArgumentsAllowed(false);
    commandLine.setOptionsCaseInsensitive(false);
    commandLine.setSubcommandsCaseInsensitive(false);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine;
  }

  private static String describe(Exception failure) {
    if (failure instanceof InvalidInputException
        || failure instanceof RefusedFileException
        || failure instanceof PhoneLockServerUnavailableException
        || failure instanceof NotRecordedException) {
      return failure.getMessage();
    }
    return "internal error (" + failure.getClass().getName() + ": " + failure.getMessage()
        + "); please report this";
  }

  private static String commandName(CommandLine commandLine) {
    return commandLine.getCommandSpec().qualifiedName();
  }
}
