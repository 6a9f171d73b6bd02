package org.phonelock.adapters.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds each connection setting in its sources, first match wins (README, "Profiles": flags, then environment, then profile), and checks it with an error that names the
 * source, e.g. {@code PHONELOCK_TIMEOUT '0' is not accepted; expected 1 to 3600 seconds}.
 */
final class SettingSources {
  /**
   * A setting and where it came from.
   *
   * @param value the text as given
   * @param source e.g. {@code --timeout}, {@code PHONELOCK_TIMEOUT} or {@code timeout (profile
   *     'prod', FILE:4)}
   * @param relativeTo the folder a relative path is resolved against, if not the working folder
   */
  record Setting(String value, String source, Optional<Path> relativeTo) {
    /**
     * Names the source and value, for error messages. Never used for passwords.
     *
     * @return e.g. {@code --timeout '0'}
     */
    String describe() {
      return source + " '" + value + "'";
    }
  }

  private final Map<String, String> environment;
  private final Optional<Profile> profile;
  private final Optional<Path> profilesFile;

  /**
   * Creates the sources.
   *
   * @param environment the environment variables
   * @param profile the selected profile, if any
   * @param profilesFile where profiles are read from, for the "missing" message
   */
  SettingSources(
      Map<String, String> environment, Optional<Profile> profile, Optional<Path> profilesFile) {
    this.environment = environment;
    this.profile = profile;
    this.profilesFile = profilesFile;
  }

  /**
   * Finds a setting.
   *
   * @param flag the flag name, e.g. {@code --server}
   * @param flagValue the flag's value, or null when not given
   * @param variable the environment variable, or null when the setting has none
   * @param key the profile key
   * @return the first source that has it, or empty
   */
  Optional<Setting> find(String flag, String flagValue, String variable, String key) {
    if (flagValue != null) {
      return Optional.of(new Setting(nonEmpty(flagValue, flag), flag, Optional.empty()));
    }
    if (variable != null && environment.containsKey(variable)) {
      return Optional.of(new Setting(nonEmpty(environment.get(variable), variable),
          variable, Optional.empty()));
    }
    return profile.flatMap(p -> p.get(key).map(value -> new Setting(value.text(),
        key + " (" + p.where(value) + ")", Optional.ofNullable(p.file().getParent()))));
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

  /**
   * Finds a setting that has no default.
   *
   * @param flag the flag name and its value shape, e.g. {@code --server URL}
   * @param flagValue the flag's value, or null
   * @param variable the environment variable
   * @param key the profile key
   * @return the setting
   * @throws InvalidInputException naming every way to give it, when no source has it
   */
  Setting require(String flag, String flagValue, String variable, String key) {
    String flagName = flag.split(" ")[0];
    return find(flagName, flagValue, variable, key).orElseThrow(() -> new InvalidInputException(
        "no " + key + " given; use " + flag + ", set " + variable + ", or set '" + key + "' in "
            + profile.map(p -> "profile '" + p.name() + "' of " + p.file())
                .orElse("a profile of " + profilesFile.map(Path::toString)
                    .orElse("the profiles file") + " and choose it with --profile NAME or "
                    + ProfileSelection.VARIABLE)));
  }

  /**
   * Reads a whole number in a range.
   *
   * @param setting the setting
   * @param min the smallest accepted value
   * @param max the largest accepted value
   * @param unit what it counts, e.g. {@code seconds}, or empty
   * @return the number
   * @throws InvalidInputException naming the source when it is not a whole number in range
   */
  static int integer(Setting setting, int min, int max, String unit) {
    String text = setting.value().strip();
    if (text.matches("[+]?[0-9]{1,9}")) {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    }
    throw new InvalidInputException(setting.describe() + " is not accepted; expected " + min
        + " to " + max + (unit.isEmpty() ? "" : " " + unit));
  }

  /**
   * Reads {@code true} or {@code false}, in any case.
   *
   * @param setting the setting
   * @return the value
   * @throws InvalidInputException naming the source otherwise
   */
  static boolean bool(Setting setting) {
    String text = setting.value().strip().toLowerCase(Locale.ROOT);
    if (text.equals("true") || text.equals("false")) {
      return text.equals("true");
    }
    throw new InvalidInputException(
        setting.describe() + " is not accepted; expected true or false");
  }

  /**
   * Reads a file path; a relative path from a profile is taken relative to the profiles file.
   *
   * @param setting the setting
   * @return the path
   * @throws InvalidInputException naming the source when it is not a valid path
   */
  static Path path(Setting setting) {
    try {
      Path path = Path.of(setting.value());
      return setting.relativeTo().map(dir -> dir.resolve(path)).orElse(path);
    } catch (InvalidPathException e) {
      throw new InvalidInputException(setting.describe() + " is not a valid file path ("
          + e.getReason() + ")");
    }
  }
}
