package org.phonelock.adapters.cli;

import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.application.port.out.PhoneLockServerUnavailableException;
import org.phonelock.domain.PhoneLockAction;
import org.phonelock.domain.ServerUrl;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What {@code lock} and {@code unlock} share: read and check every input first (nothing is sent
 * on bad input), then send one action and report it. Exit code from {@link ExitCodes}.
 */
abstract class ActionCommand implements Callable<Integer> {
  @Mixin ConnectionOptions connection;
  @Mixin FilterOptions filters;
  @Mixin ExitCodeList exitCodes;

  @Option(
      names = "--output",
      paramLabel = "FORMAT",
      defaultValue = "text",
      completionCandidates = OutputFormat.Names.class,
      description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat output;

  @Option(
      names = "--dry-run",
      description = "Print the exact request (Authorization redacted) and send nothing.")
  boolean dryRun;

  @Option(
      names = {"-v", "--verbose"},
      description = "Log request and response lines on standard error (Authorization redacted).")
  boolean verbose;

  private final PhoneLockAction action;
  private final CliContext context;
  private final PhoneLockClientFactory clients;

  ActionCommand(PhoneLockAction action, CliContext context, PhoneLockClientFactory clients) {
    this.action = action;
    this.context = context;
    this.clients = clients;
  }

  /**
   * Runs the action.
   *
   * @return the exit code, see {@link ExitCodes}
   * @throws InvalidInputException when an input is refused (nothing was sent)
   */
  @Override
  public Integer call() {
    PhoneLockCommand command = filters.toCommand();
    Optional<Consumer<String>> log =
        verbose ? Optional.of(line -> context.err().println("phonelock: " + line))
            : Optional.empty();
    ConnectionSettings settings =
        connection.toSettings(context, !dryRun, log);
    URI server = settings.server();
    if (ServerUrl.of(server).sendsCredentialsInClear()) {
      context.err().println("phonelock: warning: credentials go unencrypted over plain http to "
          + server.getHost() + "; use https");
    }
    try (PhoneLockSession session = open(settings)) {
      if (dryRun) {
        session.describeRequest(action, command.filter()).forEach(context.out()::println);
        return ExitCodes.SUCCESS;
      }
      ResultReporter reporter = new ResultReporter(context, output);
      try {
        PhoneLockResult result = send(session, command);
        reporter.report(action, server, command.filter(), result);
        return ExitCodes.of(result);
      } catch (PhoneLockServerUnavailableException e) {
        reporter.reportUnavailable(action, server, command.filter(), e.getMessage());
        return ExitCodes.of(e);
      }
    }
  }

  private PhoneLockSession open(ConnectionSettings settings) {
    try {
      return clients.open(settings);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      // The client refuses unusable settings (e.g. an unreadable CA file) before sending.
      throw new InvalidInputException(settings.describeFailure(e));
    }
  }

  private PhoneLockResult send(PhoneLockSession session, PhoneLockCommand command) {
    return switch (action) {
      case LOCK -> session.lockPhones().lock(command);
      case UNLOCK -> session.unlockPhones().unlock(command);
    };
  }
}
