package org.phonelock.adapters.cli;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.phonelock.adapters.cli.PasswordAndTransportOptions.Stored;
import org.phonelock.adapters.cli.Profiles.Profile;
import org.phonelock.application.SettingValues;
import org.phonelock.domain.Credentials;
import org.phonelock.domain.KeptPassword;
import org.phonelock.domain.ServerUrl;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The server, account and transport flags of {@code lock} and {@code unlock}, and how every
 * connection setting is found (README, "Profiles"): its flag, else its environment variable, else
 * the selected profile, else its default; the first source that has it wins, and an error names
 * that source, e.g. {@code PHONELOCK_TIMEOUT '0' is not accepted; expected 1 to 3600 seconds}.
 *
 * <p>The sources are looked up here rather than through picocli's default-value provider: a
 * provider hands picocli a string without saying where it came from, and every message here must
 * name the variable or the profile's file and line. {@code schedule run} has no {@code
 * --profile}: {@link #of} and {@link #withScheduleFile} build its options.
 */
public final class ConnectionOptions {
  @Option(names = "--profile", paramLabel = "NAME", description = "Take unset settings from this "
      + "profile of the profiles file (env PHONELOCK_PROFILE; default: the profile named "
      + "'default', if any). Repeat it to act on the server of each profile in one command (lock "
      + "and unlock).")
  List<String> profiles = new ArrayList<>();

  @Option(names = "--server", paramLabel = "URL", description = "The Imagicle server (IAS), e.g. "
      + "https://ias.example.com (env PHONELOCK_SERVER, profile key server).")
  String server;

  @Option(names = "--user", paramLabel = "NAME", description = "UCX Suite user with Phone Lock "
      + "rights (env PHONELOCK_USER, profile key user).")
  String user;

  @Mixin PasswordAndTransportOptions transport = new PasswordAndTransportOptions();

  /** The schedule file's {@code password} (README, "Schedules"), above the profile's. */
  private Optional<KeptPassword> storedPassword = Optional.empty();
  /** Where {@link #server} comes from: the flag, or the schedule file's {@code server}. */
  private String serverSource = "--server";

  /** The flags of {@code schedule run}: its {@code --server} and {@code --user}, or null. */
  public static ConnectionOptions of(String server, String user,
      PasswordAndTransportOptions transport) {
    ConnectionOptions options = new ConnectionOptions();
    options.server = server;
    options.user = user;
    options.transport = transport;
    return options;
  }

  /**
   * These flags with a schedule file's keys behind them (README, "Schedules"): its {@code server}
   * and {@code user} rank below {@code --server} and {@code --user} and above the environment, its
   * {@code profile} stands where {@code --profile} would, its {@code password} (already checked to
   * be readable by its owner alone, sent only to its {@code server}) above the profile's.
   */
  public ConnectionOptions withScheduleFile(Optional<URI> server, Optional<String> user,
      Optional<String> profile, Optional<KeptPassword> password) {
    ConnectionOptions options = of(
        this.server != null ? this.server : server.map(URI::toString).orElse(null),
        this.user != null ? this.user : user.orElse(null), transport);
    options.profiles = profile.map(List::of).orElse(List.of());
    options.storedPassword = password;
    options.serverSource = this.server != null ? "--server" : "the schedule file's 'server'";
    return options;
  }

  public boolean overridesServerOrUser() {
    return server != null || user != null;
  }

  /** A setting as given, where it came from, and the folder a relative path is taken from. */
  private record Setting(String value, String source, Optional<Path> relativeTo) {
    /** Never used for passwords. */
    String describe() {
      return source + " '" + value + "'";
    }

    <T> T refused(String expected) {
      throw new InvalidInputException(describe() + " is not accepted; expected " + expected);
    }
  }

  /**
   * Builds the settings from the flags, the environment and the profile named by {@code
   * --profile}, else by {@value Profiles#VARIABLE} (empty is refused), else the implicit one.
   *
   * @param profiles the profiles file, read once per command
   * @param needPassword false for {@code --dry-run}: it reads none, yet refuses a kept one too
   * @throws InvalidInputException when a setting is missing, malformed or out of range, the
   *     profile cannot be used, or the account is unusable; the message names the source
   */
  public ConnectionSettings toSettings(CliContext context, Profiles profiles,
      boolean needPassword, Optional<Consumer<String>> requestLog) {
    Optional<String> flag = this.profiles.size() == 1
        ? Optional.of(nonEmpty(this.profiles.get(0), "--profile")) : Optional.empty();
    Optional<String> variable = Optional.ofNullable(context.environment().get(Profiles.VARIABLE))
        .map(v -> nonEmpty(v, Profiles.VARIABLE));
    String source = flag.map(f -> "--profile '" + f + "'")
        .orElse(Profiles.VARIABLE + "='" + variable.orElse("") + "'");
    return resolve(context, profiles, profiles.select(flag.or(() -> variable), source),
        needPassword, requestLog);
  }

  private ConnectionSettings resolve(CliContext context, Profiles profiles,
      Optional<Profile> selected, boolean needPassword, Optional<Consumer<String>> requestLog) {
    Sources sources = new Sources(context, profiles, selected);
    Setting at = sources.require("--server URL", server, "PHONELOCK_SERVER", "server", s -> s);
    URI uri = serverUrl(at);
    String name = sources.require("--user NAME", user, "PHONELOCK_USER", "user",
        s -> InvalidInputException.ofRule(() -> Credentials.givenUser(s.value(), s.source())));
    PasswordAndTransportOptions t = transport;
    int timeout = sources.find("--timeout", t.timeoutSeconds, "PHONELOCK_TIMEOUT", "timeout")
        .map(s -> integer(s, 1, 3600, " seconds")).orElse(30);
    int retries = sources.find("--retries", t.retries, "PHONELOCK_RETRIES", "retries")
        .map(s -> integer(s, 0, 10, "")).orElse(2);
    Optional<Setting> ca = sources.find("--ca-file", t.caFile, "PHONELOCK_CA_FILE", "ca-file");
    boolean trustAll = sources.find("--insecure", t.insecure, null, "insecure")
        .map(s -> SettingValues.trueOrFalse(s.value()).orElseGet(() -> s.refused("true or false")))
        .orElse(false);
    String serverFrom = at.source().equals("--server") ? serverSource : at.source();
    Supplier<Optional<Stored>> stored = () -> storedPassword.map(k -> new Stored(k.sentTo(
        ServerUrl.of(uri), serverFrom), "the schedule file's 'password'")).or(() -> selected
        .flatMap(p -> p.get("password").map(v -> new Stored(KeptPassword.inProfile(v.text(),
            p.where(v), p.get("server").map(Profiles.Value::text)).sentTo(ServerUrl.of(uri),
            serverFrom), "the password in " + p.where(v)))));
    String password = needPassword ? t.password(context, name, stored) : t.passwordStdin
        || t.passwordFile != null || context.environment().containsKey("PHONELOCK_PASSWORD") ? ""
        : InvalidInputException.ofRule(() -> stored.get().map(s -> Credentials.givenPassword(
            s.text(), s.source()))).map(unread -> "").orElse("");
    return new ConnectionSettings(uri, credentials(name, password), Duration.ofSeconds(timeout),
        retries, ca.map(ConnectionOptions::path), trustAll, requestLog,
        // Retries on stderr: stdout holds only results (--output json stays one JSON object).
        Optional.of(line -> context.errLine("phonelock: " + line)),
        ca.map(Setting::source).orElse("--ca-file"));
  }

  /**
   * The settings of each of several profiles (README, "Several servers"), for {@code lock} and
   * {@code unlock} with several {@code --profile} and a schedule's {@code profiles:}. Server and
   * user come from each profile alone: {@code PHONELOCK_SERVER} and {@code PHONELOCK_USER} would
   * send every profile's password to one server, or as one user, so they are refused, as {@code
   * --server} and {@code --user} are (the callers refuse those). A profile named twice, or two
   * that may be one server ({@link ServerUrl#mayBeSameServerAs}), are refused: the action would
   * go there twice. The password flags, {@code PHONELOCK_PASSWORD} and the transport settings
   * apply to every profile.
   *
   * @param sourceOf names where a profile is named, for messages, e.g. {@code --profile 'rome'}
   * @return profile name to settings, in the given order; nothing is sent before all resolve
   */
  public Map<String, ConnectionSettings> everyProfile(List<String> names,
      Function<String, String> sourceOf, CliContext context, Profiles profiles,
      boolean needPassword, Optional<Consumer<String>> requestLog) {
    for (String variable : List.of("PHONELOCK_SERVER", "PHONELOCK_USER")) {
      if (context.environment().containsKey(variable)) {
        throw new InvalidInputException(variable + " cannot be combined with several profiles:"
            + " each profile gives its own server and user; unset it");
      }
    }
    Map<String, ConnectionSettings> settings = new LinkedHashMap<>();
    for (String name : names) {
      String source = sourceOf.apply(name);
      if (settings.containsKey(name)) {
        throw new InvalidInputException(source + ": profile '" + name + "' is named twice;"
            + " name each profile once");
      }
      Optional<Profile> profile = profiles.select(Optional.of(nonEmpty(name, source)), source);
      ConnectionSettings resolved;
      try {
        resolved = resolve(context, profiles, profile, needPassword, requestLog);
      } catch (InvalidInputException e) {
        throw new InvalidInputException(source + ": " + e.getMessage());
      }
      settings.forEach((other, s) -> {
        if (ServerUrl.of(s.server()).mayBeSameServerAs(ServerUrl.of(resolved.server()))) {
          throw new InvalidInputException(source + ": its server " + resolved.server()
              + " is also the server of profile '" + other + "'; list each server once");
        }
      });
      settings.put(name, resolved);
    }
    return settings;
  }

  /** The environment and the selected profile, behind the flags. */
  private record Sources(CliContext context, Profiles profiles, Optional<Profile> profile) {
    Optional<Setting> find(String flag, Object flagValue, String variable, String key) {
      if (flagValue != null) {
        return Optional.of(new Setting(nonEmpty(flagValue.toString(), flag), flag,
            Optional.empty()));
      }
      String fromEnvironment = variable == null ? null : context.environment().get(variable);
      if (fromEnvironment != null) {
        return Optional.of(new Setting(nonEmpty(fromEnvironment, variable), variable,
            Optional.empty()));
      }
      return profile.flatMap(p -> p.get(key).map(value -> new Setting(value.text(),
          key + " (" + p.where(value) + ")", Optional.ofNullable(p.file().getParent()))));
    }

    /** A setting without default; when missing, the message names every way to give it. */
    <T> T require(String flag, String flagValue, String variable, String key,
        Function<Setting, T> convert) {
      return find(flag.split(" ")[0], flagValue, variable, key).map(convert)
          .orElseThrow(() -> new InvalidInputException("no " + key + " given; use " + flag
              + ", set " + variable + ", or set '" + key + "' in " + profile
                  .map(p -> "profile '" + p.name() + "' of " + p.file()).orElse("a profile of "
                      + profiles.file().map(Path::toString).orElse("the profiles file")
                      + " and choose it with --profile NAME or " + Profiles.VARIABLE)));
    }
  }

  /**
   * An empty flag or variable is a mistake to name (an unset shell variable in a script), never a
   * value to pass on and be refused later without its source.
   */
  private static String nonEmpty(String value, String source) {
    if (value.isEmpty()) {
      throw new InvalidInputException(source + " is empty; give a value, or leave it out");
    }
    return value;
  }

  private static int integer(Setting setting, int min, int max, String unit) {
    return SettingValues.wholeNumber(setting.value(), min, max)
        .orElseGet(() -> setting.<Integer>refused(min + " to " + max + unit));
  }

  /** A relative path from a profile is taken relative to the profiles file. */
  private static Path path(Setting setting) {
    try {
      Path path = Path.of(setting.value());
      return setting.relativeTo().map(dir -> dir.resolve(path)).orElse(path);
    } catch (InvalidPathException e) {
      throw new InvalidInputException(setting.describe() + " is not a valid file path ("
          + e.getReason() + ")");
    }
  }

  private static URI serverUrl(Setting setting) {
    try {
      return ServerUrl.parse(setting.value()).base();
    } catch (IllegalArgumentException e) {
      // Not setting.describe(): a URL with user info may hold a password; ServerUrl redacts it.
      throw new InvalidInputException(setting.source() + ": " + e.getMessage());
    }
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
