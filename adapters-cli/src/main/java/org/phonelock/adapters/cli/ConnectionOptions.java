package org.phonelock.adapters.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.phonelock.domain.Credentials;
import org.phonelock.domain.ServerUrl;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The server, account and transport flags of {@code lock} and {@code unlock}. Each setting comes
 * from its flag, else its environment variable, else the selected profile (README, "Profiles"),
 * else its default. The password is never a flag value (secrets must not appear in argv): see
 * {@link PasswordResolver}.
 */
public final class ConnectionOptions {
  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description = "Take unset settings from this profile of the profiles file "
          + "(env PHONELOCK_PROFILE; default: the profile named 'default', if any). Repeat it"
          + " to act on the server of each profile in one command (lock and unlock).")
  java.util.List<String> profiles = new java.util.ArrayList<>();

  /** The profile of {@link #toSettings}: the only {@code --profile}, if one was given. */
  String profile;

  @Option(
      names = "--server",
      paramLabel = "URL",
      description = "The Imagicle server (IAS), e.g. https://ias.example.com "
          + "(env PHONELOCK_SERVER, profile key server).")
  String server;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      description = "UCX Suite user with Phone Lock rights (env PHONELOCK_USER, profile key user).")
  String user;

  @Mixin PasswordAndTransportOptions transport = new PasswordAndTransportOptions();

  /**
   * A password from another owner-only file that ranks above the profile's: the schedule file's
   * {@code password} key (README, "Schedules"). Not a flag: secrets never go in argv.
   */
  Optional<String> storedPassword = Optional.empty();

  /**
   * Builds the settings from the flags, the environment and the profile, resolving the password.
   *
   * @param context the environment, config directory and password sources
   * @param needPassword false for {@code --dry-run}, which sends nothing
   * @param requestLog the {@code -v} log, if any
   * @return the settings
   * @throws InvalidInputException when a setting is missing, malformed or out of range, the
   *     profile cannot be used, or the account is unusable; the message names the source
   */
  ConnectionSettings toSettings(
      CliContext context, boolean needPassword, Optional<Consumer<String>> requestLog) {
    Optional<String> named = Optional.ofNullable(profile)
        .or(() -> profiles.size() == 1 ? Optional.of(profiles.get(0)) : Optional.empty());
    Optional<Profile> selected = ProfileSelection.select(named, context);
    SettingSources sources =
        new SettingSources(context.environment(), selected, ProfileSelection.file(context));
    URI uri = serverUrl(sources.require("--server URL", server, "PHONELOCK_SERVER", "server"));
    String name = sources.require("--user NAME", user, "PHONELOCK_USER", "user").value();
    PasswordAndTransportOptions t = transport;
    int timeout = sources.find("--timeout", text(t.timeoutSeconds), "PHONELOCK_TIMEOUT", "timeout")
        .map(s -> SettingSources.integer(s, 1, 3600, "seconds")).orElse(30);
    int retryCount = sources.find("--retries", text(t.retries), "PHONELOCK_RETRIES", "retries")
        .map(s -> SettingSources.integer(s, 0, 10, "")).orElse(2);
    Optional<SettingSources.Setting> caSetting =
        sources.find("--ca-file", text(t.caFile), "PHONELOCK_CA_FILE", "ca-file");
    Optional<Path> ca = caSetting.map(SettingSources::path);
    boolean trustAll = sources.find("--insecure", text(t.insecure), null, "insecure")
        .map(SettingSources::bool).orElse(false);
    Optional<PasswordResolver.Stored> profilePassword = storedPassword
        .map(p -> new PasswordResolver.Stored(p, "the schedule file's 'password'"))
        .or(() -> selected.flatMap(p -> p.get("password")
            .map(v -> new PasswordResolver.Stored(v.text(), "the password in " + p.where(v)))));
    String password = needPassword
        ? new PasswordResolver(context)
            .resolve(name, Optional.ofNullable(t.passwordFile), t.passwordStdin, profilePassword)
        : "";
    return new ConnectionSettings(uri, credentials(name, password), Duration.ofSeconds(timeout),
        retryCount, ca, trustAll, requestLog, Optional.of(retryLine(context)),
        caSetting.map(SettingSources.Setting::source).orElse("--ca-file"));
  }

  /**
   * A retry's line goes to standard error, never standard output (which holds only results, so
   * that {@code --output json} stays one JSON object), flushed before the wait starts.
   */
  private static Consumer<String> retryLine(CliContext context) {
    return line -> {
      context.err().println("phonelock: " + line);
      context.err().flush();
    };
  }

  private static URI serverUrl(SettingSources.Setting setting) {
    try {
      return ServerUrl.parse(setting.value()).base();
    } catch (IllegalArgumentException e) {
      // Not setting.describe(): a URL with user info may hold a password; ServerUrl redacts it.
      throw new InvalidInputException(setting.source() + ": " + e.getMessage());
    }
  }

  private static String text(Object flagValue) {
    return flagValue == null ? null : flagValue.toString();
  }

  private static Credentials credentials(String user, String password) {
    Arguments.requireText("the user name", user);
    try {
      return new Credentials(user, password);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("account: " + e.getMessage());
    }
  }
}
