package org.phonelock.adapters.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.phonelock.application.SecretFiles;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The profiles file (README, "Profiles"): where it is, how it is read, and which profile a
 * command uses. A profile keeps connection settings under a name, so that a scheduled job can say
 * {@code --profile prod} instead of repeating {@code --server} and {@code --user}.
 *
 * <pre>
 * profiles:
 *   prod:
 *     server: https://ias.example.com
 *     user: phonelock-svc
 * </pre>
 *
 * <p>The file is read like a schedule file ({@link YamlMapping}); any error is refused with the
 * file and line, and never quotes a value (one may be a password).
 */
public final class Profiles {
  /** The name of the profiles file inside the config directory. */
  public static final String FILE_NAME = "config.yaml";
  /** The environment variable naming the profile. */
  static final String VARIABLE = "PHONELOCK_PROFILE";
  /** The profile used when none is named. */
  static final String IMPLICIT = "default";
  /** The keys a profile may hold, in the order the README lists them. */
  static final List<String> KEYS =
      List.of("server", "user", "password", "timeout", "retries", "ca-file", "insecure");

  private final Optional<Path> file;
  /** Read at the first {@link #select}; {@code refused} instead when the file is refused. */
  private Map<String, Profile> profiles;
  private InvalidInputException refused;

  /** The profiles file of a command: parsed at its first use, then kept for every profile. */
  public Profiles(CliContext context) {
    this.file = context.configDirectory().map(dir -> dir.resolve(FILE_NAME));
  }

  /** One value of a profile, as written (quotes removed), with its 1-based line. */
  public record Value(String text, int line) {
    @Override // the line only: the value may be a password
    public String toString() {
      return "Value[line=" + line + "]";
    }
  }

  /** One named profile; values are checked and converted by {@link ConnectionOptions}. */
  public record Profile(String name, Path file, Map<String, Value> values) {
    public Profile {
      values = Map.copyOf(values);
    }

    public Optional<Value> get(String key) {
      return Optional.ofNullable(values.get(key));
    }

    /** A value's place, for messages: {@code profile 'prod', FILE:4}. */
    public String where(Value value) {
      return "profile '" + name + "', " + file + ":" + value.line();
    }

    @Override // never a value
    public String toString() {
      return "Profile[name=" + name + ", file=" + file + ", keys=" + values.keySet() + "]";
    }
  }

  /** Where the profiles file is or would be; empty when the context has no config directory. */
  Optional<Path> file() {
    return file;
  }

  /**
   * Selects a profile named anywhere (a flag, a variable, a schedule file), else the one named
   * {@value #IMPLICIT} when the file has it, else none. An existing profiles file is refused when
   * malformed even if no profile is named, so that a broken file never goes unnoticed.
   *
   * @param source where the name comes from, for messages, e.g. {@code night.yaml:3: profile
   *     'prod'}
   * @throws InvalidInputException when the named profile or the file does not exist, the file is
   *     malformed, or the profile holds a password in a file others may read
   */
  public Optional<Profile> select(Optional<String> named, String source) {
    Optional<Path> existing = file.filter(Files::exists);
    if (named.isPresent() && existing.isEmpty()) {
      throw new InvalidInputException(source + ": there is no profiles file "
          + file.map(Path::toString).orElse("(no config directory)")
          + "; create it (README, \"Profiles\") or leave out the profile");
    }
    if (profiles == null && refused == null) {
      try {
        profiles = existing.map(Profiles::load).orElse(Map.of());
      } catch (InvalidInputException e) {
        refused = e;
      }
    }
    if (refused != null) {
      throw refused;
    }
    if (named.isPresent() && !profiles.containsKey(named.get())) {
      throw new InvalidInputException(source + ": no such profile in " + existing.get()
          + "; profiles there: " + (profiles.isEmpty() ? "none" : String.join(", ",
              profiles.keySet())));
    }
    Optional<Profile> profile = Optional.ofNullable(profiles.get(named.orElse(IMPLICIT)));
    profile.ifPresent(p -> p.get("password").flatMap(password -> refusal(p, password,
        SecretFiles.refusal(p.file()))).ifPresent(refusal -> {
          throw new InvalidInputException(refusal);
        }));
    return profile;
  }

  /** The refusal of a profile's password, with the profile, line and the other sources. */
  static Optional<String> refusal(Profile profile, Value password, Optional<String> why) {
    return why.map(reason -> "the password in " + profile.where(password) + " is refused: "
        + reason + "; or remove the password line and use PHONELOCK_PASSWORD, --password-file"
        + " or --password-stdin");
  }

  /** Every profile of a file, in file order; refused with the file and line of the first error. */
  static Map<String, Profile> load(Path file) {
    Problems problems = new Problems();
    Map<String, Profile> profiles = new LinkedHashMap<>();
    YamlMapping.compose(file, problems).filter(root -> !isNull(root))
        .flatMap(root -> YamlMapping.read(root, "the profiles file", List.of("profiles"),
            problems))
        .flatMap(top -> top.get("profiles")).filter(node -> !isNull(node))
        .ifPresent(node -> {
          if (node instanceof MappingNode mapping) {
            YamlMapping.entries(mapping, "'profiles'", problems).forEach((name, tuple) ->
                profiles.put(name, profile(file, name, tuple.getValueNode(), problems)));
          } else {
            problems.add(node, "'profiles' must be a mapping from profile names to their"
                + " settings");
          }
        });
    problems.throwFirst(file);
    return profiles;
  }

  private static Profile profile(Path file, String name, Node node, Problems problems) {
    Map<String, Value> values = new LinkedHashMap<>();
    String what = "profile '" + name + "'";
    if (!isNull(node)) {
      YamlMapping.read(node, what, KEYS, problems).ifPresent(mapping -> KEYS.forEach(key ->
          mapping.get(key).ifPresent(value -> YamlMapping.scalar(value, "'" + key + "' in " + what,
              problems).ifPresent(text -> values.put(key, new Value(text,
                  Problems.lineOf(value)))))));
    }
    return new Profile(name, file, values);
  }

  /** An empty document, {@code profiles:} or {@code prod:} with nothing under it. */
  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
  }
}
