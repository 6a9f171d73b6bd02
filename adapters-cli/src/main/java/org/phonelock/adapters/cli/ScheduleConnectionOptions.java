package org.phonelock.adapters.cli;

import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The connection flags of {@code phonelock schedule run}, resolved by {@link ConnectionOptions}
 * as for {@code lock} and {@code unlock}: {@code --server} and {@code --user} win, then the
 * schedule file's {@code server} and {@code user}, which stand where those flags would; the
 * schedule file's {@code profile} stands where {@code --profile} would.
 */
public final class ScheduleConnectionOptions {
  @Option(names = "--server", paramLabel = "URL", description = "The Imagicle server, instead of "
      + "the schedule file's server (env PHONELOCK_SERVER, profile key server, when neither "
      + "gives it).")
  String server;

  @Option(names = "--user", paramLabel = "NAME", description = "UCX Suite user with Phone Lock "
      + "rights, instead of the schedule file's user (env PHONELOCK_USER, profile key user, when "
      + "neither gives it).")
  String user;

  @Mixin PasswordAndTransportOptions transport = new PasswordAndTransportOptions();

  /**
   * Builds the connection settings from the flags and the schedule file's keys. The password
   * comes from {@code --password-stdin}, {@code --password-file}, {@code PHONELOCK_PASSWORD}, the
   * schedule file's {@code password} (already checked to be readable by its owner alone), the
   * profile's, or a prompt, in that order.
   *
   * @param needPassword false for {@code --dry-run}, which sends nothing
   * @throws InvalidInputException as {@link ConnectionOptions}; never holds the password
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

  /** The password-source and transport flags, which apply to every profile of a schedule. */
  public PasswordAndTransportOptions transport() {
    return transport;
  }

  /** True when {@code --server} or {@code --user} was given. */
  public boolean overridesServerOrUser() {
    return server != null || user != null;
  }
}
