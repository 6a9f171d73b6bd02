package org.phonelock.adapters.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One named profile of the profiles file: connection settings kept under a name, so that a
 * scheduled job can say {@code --profile prod} instead of repeating {@code --server} and {@code
 * --user} (README, "Profiles"). Values are kept as written, with their line, so
 * that an error can point at them; {@link SettingSources} checks and converts them.
 */
final class Profile {
  /** The keys a profile may hold, in the order the README lists them. */
  static final List<String> KEYS =
      List.of("server", "user", "password", "timeout", "retries", "ca-file", "insecure");

  /**
   * One value of a profile.
   *
   * @param text the scalar as written in the file (quotes removed)
   * @param line its line in the file, counted from 1
   */
  record Value(String text, int line) {
    Value {
      requireNonNull(text, "text");
    }

    /**
     * Shows the line only: the value may be a password.
     *
     * @return {@code Value[line=N]}
     */
    @Override
    public String toString() {
      return "Value[line=" + line + "]";
    }
  }

  private final String name;
  private final Path file;
  private final Map<String, Value> values;

  /**
   * Creates a profile.
   *
   * @param name the profile name
   * @param file the file it was read from
   * @param values key (one of {@link #KEYS}) to value
   */
  Profile(String name, Path file, Map<String, Value> values) {
    this.name = requireNonNull(name, "name");
    this.file = requireNonNull(file, "file");
    this.values = new LinkedHashMap<>(values);
  }

  String name() {
    return name;
  }

  Path file() {
    return file;
  }

  /**
   * A value of this profile.
   *
   * @param key one of {@link #KEYS}
   * @return the value, or empty when the profile does not set it
   */
  Optional<Value> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /**
   * Names a value's place for error messages.
   *
   * @param value a value of this profile
   * @return e.g. {@code profile 'prod', /home/ann/.config/phonelock/config.yaml:4}
   */
  String where(Value value) {
    return "profile '" + name + "', " + file + ":" + value.line();
  }

  /**
   * Shows the name, file and keys, never a value (a value may be a password).
   *
   * @return {@code Profile[name=N, file=F, keys=[...]]}
   */
  @Override
  public String toString() {
    return "Profile[name=" + name + ", file=" + file + ", keys=" + values.keySet() + "]";
  }
}
