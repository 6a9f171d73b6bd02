package org.phonelock.adapters.cli;

import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;
import org.phonelock.domain.ServerUrl;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The connection flags of {@code phonelock schedule run}. Everything is resolved and checked by
 * {@link ConnectionOptions}, {@link Profiles} and {@link PasswordResolver}, as for {@code
 * lock} and {@code unlock}: {@code --server} and {@code --user} win, then the schedule file's
 * {@code server} and {@code user}, which stand where those flags would; the schedule file's
 * {@code profile} stands where {@code --profile} would.
 */
public final class ScheduleConnectionOptions {
  @Option(
      names = "--server",
      paramLabel = "URL",
      description = "The Imagicle server, instead of the schedule file's server (env"
          + " PHONELOCK_SERVER, profile key server, when neither gives it).")
  String server;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      description = "UCX Suite user with Phone Lock rights, instead of the schedule file's user"
          + " (env PHONELOCK_USER, profile key user, when neither gives it).")
  String user;

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
   * @param needPassword false for {@code --dry-run}, which sends nothing
   * @param requestLog the {@code -v} log, if any
   * @return the settings
   * @throws InvalidInputException when a setting is missing or out of range, the profile cannot
   *     be used, no password is found or the account is unusable; never holds the password
   */
  public ConnectionSettings toSettings(CliContext context, Optional<URI> server,
      Optional<String> user, Optional<String> profile, Optional<String> filePassword,
      boolean needPassword, Optional<Consumer<String>> requestLog) {
    ConnectionOptions options = new ConnectionOptions();
    options.server = this.server != null ? this.server : server.map(URI::toString).orElse(null);
    options.user = this.user != null ? this.user : user.orElse(null);
    options.profile = profile.orElse(null);
    options.transport = transport;
    options.storedPassword = filePassword;
    return options.toSettings(context, needPassword, requestLog);
  }

  /**
   * Tells whether {@code --server} or {@code --user} was given.
   *
   * @return true when either flag was given
   */
  public boolean overridesServerOrUser() {
    return server != null || user != null;
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
      Profiles.select(Optional.of(profile), source, context);
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
}
