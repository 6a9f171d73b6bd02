package org.phonelock.adapters.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.phonelock.adapters.cli.schedule.SchedulePaths;
import org.phonelock.application.EveryServer;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.application.port.out.AuditLog;
import org.phonelock.application.port.out.PhoneLockServerUnavailableException;
import org.phonelock.application.schedule.AuditedAction;
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
      names = "--audit-log",
      paramLabel = "FILE",
      description = "Append JSON lines to FILE, as schedules do: one written and forced to disk"
          + " before each request (nothing is sent when it cannot be written: exit 7), one with"
          + " its answer.")
  Path auditLog;

  @Option(
      names = {"-v", "--verbose"},
      description = "Log request and response lines on standard error (Authorization redacted).")
  boolean verbose;

  private final PhoneLockAction action;
  private final CliContext context;
  private final PhoneLockClientFactory clients;
  private final AuditLog.Factory auditLogs;

  ActionCommand(PhoneLockAction action, CliContext context, PhoneLockClientFactory clients,
      AuditLog.Factory auditLogs) {
    this.action = action;
    this.context = context;
    this.clients = clients;
    this.auditLogs = auditLogs;
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
    Profiles profiles = new Profiles(context);
    if (connection.profiles.size() > 1) {
      return onEveryProfile(command, profiles, log);
    }
    ConnectionSettings settings = connection.toSettings(context, profiles, !dryRun, log);
    checkAuditLog(List.of(settings));
    URI server = settings.server();
    if (ServerUrl.of(server).sendsCredentialsInClear()) {
      context.err().println("phonelock: warning: credentials go unencrypted over plain http to "
          + server.getHost() + "; use https");
    }
    try (PhoneLockSession session = clients.open(settings)) {
      if (dryRun) {
        session.describeRequest(action, command.filter()).forEach(context.out()::println);
        return ExitCodes.SUCCESS;
      }
      ResultReporter reporter = new ResultReporter(context, output);
      try {
        PhoneLockResult result = send(session, server, command);
        reporter.report(action, server, command.filter(), result);
        return ExitCodes.of(result);
      } catch (PhoneLockServerUnavailableException e) {
        reporter.reportUnavailable(action, server, command.filter(), e.getMessage());
        return ExitCodes.of(e);
      }
    }
  }

  /** One server's part of a command with several {@code --profile}. */
  private record ServerResult(String profile, URI server, Optional<PhoneLockResult> result,
      String cause, List<String> dryRun) {
    int exitCode() {
      return result.map(ExitCodes::of).orElse(ExitCodes.UNAVAILABLE);
    }
  }

  /**
   * Several {@code --profile}: each profile's server, user and password, resolved and checked
   * for all before anything is sent; the requests then go out in parallel (at most {@link
   * EveryServer#AT_ONCE} at once), one server's failure never stops the others, one line (or
   * one JSON result) per server, and the exit code is the worst.
   */
  private int onEveryProfile(PhoneLockCommand command, Profiles profiles,
      Optional<Consumer<String>> log) {
    if (connection.overridesServerOrUser()) {
      throw new InvalidInputException("--server and --user cannot be combined with several"
          + " --profile: each profile gives its own server and user");
    }
    Map<String, ConnectionSettings> settings = connection.everyProfile(connection.profiles,
        name -> "--profile '" + name + "'", context, profiles, !dryRun, log);
    checkAuditLog(settings.values());
    settings.forEach((name, s) -> {
      if (ServerUrl.of(s.server()).sendsCredentialsInClear()) {
        context.err().println("phonelock: warning: credentials go unencrypted over plain http to "
            + s.server().getHost() + " (profile '" + name + "'); use https");
      }
    });
    // Every session is opened (the client checks its CA file) before any request is sent.
    Map<String, PhoneLockSession> sessions = new LinkedHashMap<>();
    List<ServerResult> results;
    try {
      settings.forEach((name, s) -> {
        try {
          sessions.put(name, clients.open(s));
        } catch (InvalidInputException e) {
          throw new InvalidInputException("profile '" + name + "': " + e.getMessage());
        }
      });
      // Each server's failure is caught in one() and returned: it never stops the others.
      results = EveryServer.apply(List.copyOf(settings.entrySet()),
          entry -> one(entry.getKey(), entry.getValue(), sessions.get(entry.getKey()), command));
    } finally {
      sessions.values().forEach(PhoneLockSession::close);
    }
    if (dryRun) {
      results.forEach(r -> {
        context.out().println("# profile " + r.profile() + ": " + r.server());
        r.dryRun().forEach(context.out()::println);
      });
      return ExitCodes.SUCCESS;
    }
    ResultReporter reporter = new ResultReporter(context, output);
    int worst = ExitCodes.SUCCESS;
    List<String> failed = new ArrayList<>();
    List<com.fasterxml.jackson.databind.node.ObjectNode> json = new ArrayList<>();
    for (ServerResult r : results) {
      worst = ExitCodes.worse(worst, r.exitCode());
      if (r.exitCode() != ExitCodes.SUCCESS) {
        failed.add(r.profile() + " (" + r.server() + ")");
      }
      if (output == OutputFormat.JSON) {
        com.fasterxml.jackson.databind.node.ObjectNode node = r.result().isPresent()
            ? reporter.jsonOf(action, r.server(), command.filter(), r.result().get())
            : reporter.jsonOfUnavailable(action, r.server(), command.filter(), r.cause());
        node.put("profile", r.profile());
        json.add(node);
      } else if (r.result().isPresent()) {
        reporter.report(action, r.server(), command.filter(), r.result().get());
      } else {
        reporter.reportUnavailable(action, r.server(), command.filter(), r.cause());
      }
    }
    if (output == OutputFormat.JSON) {
      reporter.printAll(action, command.filter(), json, worst);
    }
    if (!failed.isEmpty()) {
      context.err().println("phonelock: " + action.endpointName().toLowerCase(java.util.Locale.ROOT)
          + " applied on " + (results.size() - failed.size()) + " of " + results.size()
          + " servers; failed on " + String.join(", ", failed));
    }
    return worst;
  }

  private ServerResult one(String profile, ConnectionSettings settings, PhoneLockSession session,
      PhoneLockCommand command) {
    try {
      if (dryRun) {
        return new ServerResult(profile, settings.server(), Optional.empty(), "",
            session.describeRequest(action, command.filter()));
      }
      return new ServerResult(profile, settings.server(),
          Optional.of(send(session, settings.server(), command)), "",
          List.of());
    } catch (PhoneLockServerUnavailableException e) {
      return new ServerResult(profile, settings.server(), Optional.empty(), e.getMessage(),
          List.of());
    }
  }

  /**
   * The rules of a schedule's record files for {@code --audit-log} (README, "Running it"):
   * a regular file or missing, not a file the command reads, and only a phonelock audit log is
   * appended to. Checked before anything is sent.
   */
  private void checkAuditLog(Collection<ConnectionSettings> connections) {
    if (auditLog != null) {
      SchedulePaths.neverClobber(Map.of("--audit-log", auditLog), SchedulePaths.inputs(context,
          connection.transport.passwordFile, connections));
      auditLogs.checkAppendable(auditLog);
    }
  }

  /**
   * Sends the action; with {@code --audit-log}, with its records ({@link AuditedAction}: the
   * record before the request must be written, or nothing is sent; a record after it that fails
   * is reported, exit 7).
   */
  private PhoneLockResult send(PhoneLockSession session, URI server, PhoneLockCommand command) {
    Supplier<PhoneLockResult> request = () -> switch (action) {
      case LOCK -> session.lockPhones().lock(command);
      case UNLOCK -> session.unlockPhones().unlock(command);
    };
    if (auditLog == null) {
      return request.get();
    }
    try {
      return new AuditedAction(auditLogs.open(auditLog, ZoneId.systemDefault(), Map.of()),
          Clock.systemUTC(), action, server.toString(), command.filter()).send(request);
    } catch (AuditedAction.NotRecordedException e) {
      throw new NotRecordedException(e.getMessage() + "; the " + verb() + " on " + server
          + (e.sent() ? " was sent, and its answer is not in the log" : " was not sent")
          + ": free disk space or fix the file's permissions, then run again", e.getCause());
    }
  }

  private String verb() {
    return action.endpointName().toLowerCase(java.util.Locale.ROOT);
  }
}
