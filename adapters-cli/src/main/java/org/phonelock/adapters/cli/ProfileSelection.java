package org.phonelock.adapters.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.phonelock.application.SecretFiles;

/**
 * Picks the profile a command uses (README, "Profiles"): the one named by {@code --profile}, else
 * by the environment variable {@value #VARIABLE}, else the profile named {@value #IMPLICIT} when
 * the file has one, else none. The profiles file is {@link ConfigDirectory#FILE_NAME} in the
 * context's config directory; when it exists it is read, and refused when malformed, even if no
 * profile is named, so that a broken file never goes unnoticed.
 */
final class ProfileSelection {
  /** The environment variable naming the profile. */
  static final String VARIABLE = "PHONELOCK_PROFILE";
  /** The profile used when none is named. */
  static final String IMPLICIT = "default";

  private ProfileSelection() {}

  /**
   * Where the profiles file is for this context.
   *
   * @param context the process surroundings
   * @return the file, or empty when the context has no config directory
   */
  static Optional<Path> file(CliContext context) {
    return context.configDirectory().map(dir -> dir.resolve(ConfigDirectory.FILE_NAME));
  }

  /**
   * Selects the profile.
   *
   * @param flag the {@code --profile} value, if given
   * @param context the environment and config directory
   * @return the profile, or empty when none is named and there is no {@value #IMPLICIT} profile
   * @throws InvalidInputException when the named profile or the file does not exist, the file is
   *     malformed, or the profile holds a password in a file others may read
   */
  static Optional<Profile> select(Optional<String> flag, CliContext context) {
    // An empty variable counts as unset, as for XDG_CONFIG_HOME (`PHONELOCK_PROFILE= cmd`).
    Optional<String> variable =
        Optional.ofNullable(context.environment().get(VARIABLE)).filter(v -> !v.isEmpty());
    Optional<String> named = flag.or(() -> variable);
    String source = flag.isPresent() ? "--profile '" + flag.get() + "'"
        : VARIABLE + "='" + variable.orElse("") + "'";
    return select(named, source, context);
  }

  /**
   * Selects a profile named elsewhere than on the command line, e.g. by a schedule file.
   *
   * @param named the profile's name, if any
   * @param source where the name comes from, for messages, e.g. {@code night.yaml:3: profile
   *     'prod'}
   * @param context the environment and config directory
   * @return as {@link #select(Optional, CliContext)}
   */
  static Optional<Profile> select(Optional<String> named, String source, CliContext context) {
    Optional<Path> file = file(context).filter(Files::exists);
    if (named.isPresent() && file.isEmpty()) {
      throw new InvalidInputException(source + ": there is no profiles file "
          + file(context).map(Path::toString).orElse("(no config directory)")
          + "; create it (README, \"Profiles\") or leave out the profile");
    }
    if (file.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Profile> profiles = ProfilesFile.load(file.get());
    if (named.isPresent() && !profiles.containsKey(named.get())) {
      throw new InvalidInputException(source + ": no such profile in " + file.get()
          + "; profiles there: " + (profiles.isEmpty() ? "none" : String.join(", ",
              profiles.keySet())));
    }
    Optional<Profile> profile = Optional.ofNullable(profiles.get(named.orElse(IMPLICIT)));
    profile.ifPresent(ProfileSelection::checkPassword);
    return profile;
  }

  private static void checkPassword(Profile profile) {
    profile.get("password").ifPresent(password -> refusal(profile, password,
        SecretFiles.refusal(profile.file())).ifPresent(refusal -> {
          throw new InvalidInputException(refusal);
        }));
  }

  /** The refusal of a profile's password, with the profile, line and the other sources. */
  static Optional<String> refusal(Profile profile, Profile.Value password, Optional<String> why) {
    return why.map(reason -> "the password in " + profile.where(password) + " is refused: "
        + reason + "; or remove the password line and use PHONELOCK_PASSWORD, --password-file"
        + " or --password-stdin");
  }
}
