package org.phonelock.adapters.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;
import picocli.CommandLine.Option;

/**
 * The password and transport flags of {@code phonelock schedule run}, whose server and user come
 * from the schedule file. Everything is checked and resolved by {@link ConnectionOptions} and
 * {@link PasswordResolver}, as for {@code lock} and {@code unlock}; this class only declares the
 * flags that make sense without {@code --server} and {@code --user}.
 */
public final class ScheduleConnectionOptions {
  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "Read the password from the first line of FILE (UTF-8).")
  Path passwordFile;

  @Option(
      names = "--password-stdin",
      description = "Read the password from the first line of standard input (UTF-8).")
  boolean passwordStdin;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "Connect and read timeout in seconds, 1 to 3600 (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(
      names = "--retries",
      paramLabel = "N",
      defaultValue = "2",
      description = "Client retries of one attempt after a connection failure, 429, 502, 503 or"
          + " 504, 0 to 10 (default: ${DEFAULT-VALUE}).")
  int retries;

  @Option(
      names = "--ca-file",
      paramLabel = "PEM",
      description = "Also trust the certificate authorities in this PEM file.")
  Path caFile;

  @Option(
      names = "--insecure",
      description = "Trust any TLS certificate and host name. For tests only.")
  boolean insecure;

  /**
   * Builds the connection settings. The password comes, in this order, from {@code
   * --password-stdin}, {@code --password-file}, {@code PHONELOCK_PASSWORD}, the schedule file's
   * {@code password} key, or a prompt when a terminal is attached.
   *
   * @param context the process surroundings
   * @param server the server from the schedule file
   * @param user the account from the schedule file
   * @param filePassword the schedule file's password, if it has one (already checked to be
   *     readable by its owner alone)
   * @return the settings
   * @throws InvalidInputException when a flag value is out of range, no password is found or
   *     the account is unusable; the message never holds the password
   */
  public ConnectionSettings toSettings(CliContext context, URI server, String user,
      Optional<String> filePassword) {
    ConnectionOptions options = new ConnectionOptions();
    options.server = server.toString();
    options.user = user;
    options.passwordFile = passwordFile;
    options.passwordStdin = passwordStdin;
    options.timeoutSeconds = timeoutSeconds;
    options.retries = retries;
    options.caFile = caFile;
    options.insecure = insecure;
    boolean flagOrEnvironment = passwordStdin || passwordFile != null
        || context.environment().containsKey(PasswordResolver.ENVIRONMENT_VARIABLE);
    CliContext source = flagOrEnvironment || filePassword.isEmpty() ? context
        : new CliContext(context.environment(), context.stdin(), context.out(), context.err(),
            prompt -> Optional.of(filePassword.get().toCharArray()));
    // The file's password stands where the prompt would: after flags and environment.
    return options.toSettings(new PasswordResolver(source), true, Optional.empty());
  }

  /**
   * Tells whether credentials would cross the network unencrypted (see {@link ConnectionOptions}).
   *
   * @param server the server URL
   * @return true for plain http to a host that is not a loopback address
   */
  public static boolean sendsCredentialsInClear(URI server) {
    return ConnectionOptions.sendsCredentialsInClear(server);
  }

  /**
   * The one-line text summary {@code lock} and {@code unlock} print on success.
   *
   * @param action the action
   * @param server the server URL
   * @param filter the filter sent
   * @param applied the answer
   * @return e.g. {@code Lock applied on https://ias.example.com to department="R&D": ...}
   */
  public static String appliedSummary(PhoneLockAction action, URI server, Filter filter,
      PhoneLockResult.Applied applied) {
    return ResultReporter.summary(action, server, filter, applied);
  }

  /**
   * The one-line failure message {@code lock} and {@code unlock} print on standard error.
   *
   * @param action the action
   * @param server the server URL
   * @param result the answer, not applied
   * @return {@code phonelock: lock on SERVER failed: CAUSE; WHAT TO DO}
   */
  public static String failureLine(PhoneLockAction action, URI server, PhoneLockResult result) {
    return ResultReporter.failureLine(action, server, result);
  }
}
