package org.phonelock.adapters.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;
import org.phonelock.domain.ServerUrl;
import picocli.CommandLine.Mixin;

/**
 * The password and transport flags of {@code phonelock schedule run}, whose server, user and
 * profile come from the schedule file. Everything is resolved and checked by {@link
 * ConnectionOptions}, {@link ProfileSelection} and {@link PasswordResolver}, as for {@code lock}
 * and {@code unlock}: the schedule file's {@code server}, {@code user} and {@code profile} stand
 * where the flags {@code --server}, {@code --user} and {@code --profile} would.
 */
public final class ScheduleConnectionOptions {
  @Mixin PasswordAndTransportOptions transport = new PasswordAndTransportOptions();

  /**
   * Builds the connection settings. The password comes, in this order, from {@code
   * --password-stdin}, {@code --password-file}, {@code PHONELOCK_PASSWORD}, the schedule file's
   * {@code password} key, the profile's {@code password}, or a prompt when a terminal is attached.
   *
   * @param context the process surroundings
   * @param server the schedule file's server, if it has one
   * @param user the schedule file's user, if it has one
   * @param profile the schedule file's profile, if it has one
   * @param filePassword the schedule file's password, if it has one (already checked to be
   *     readable by its owner alone)
   * @return the settings
   * @throws InvalidInputException when a setting is missing or out of range, the profile cannot
   *     be used, no password is found or the account is unusable; never holds the password
   */
  public ConnectionSettings toSettings(CliContext context, Optional<URI> server,
      Optional<String> user, Optional<String> profile, Optional<String> filePassword) {
    ConnectionOptions options = new ConnectionOptions();
    options.server = server.map(URI::toString).orElse(null);
    options.user = user.orElse(null);
    options.profile = profile.orElse(null);
    options.transport = transport;
    options.storedPassword = filePassword;
    return options.toSettings(context, true, Optional.empty());
  }

  /**
   * Checks that a profile named by a schedule file can be used.
   *
   * @param context the process surroundings, with the config directory
   * @param profile the profile name
   * @param source where it is named, for the message, e.g. {@code night.yaml:3: profile 'prod'}
   * @return empty when it can be used, otherwise why not, starting with {@code source} (never a
   *     password)
   */
  public static Optional<String> profileProblem(CliContext context, String profile,
      String source) {
    try {
      ProfileSelection.select(Optional.of(profile), source, context);
      return Optional.empty();
    } catch (InvalidInputException e) {
      return Optional.of(e.getMessage());
    }
  }

  /**
   * Tells whether credentials would cross the network unencrypted (see {@link ServerUrl#sendsCredentialsInClear}).
   *
   * @param server the server URL
   * @return true for plain http to a host that is not a loopback address
   */
  public static boolean sendsCredentialsInClear(URI server) {
    return ServerUrl.of(server).sendsCredentialsInClear();
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
