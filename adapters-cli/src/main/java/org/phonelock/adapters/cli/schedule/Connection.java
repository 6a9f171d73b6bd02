package org.phonelock.adapters.cli.schedule;

import org.phonelock.adapters.cli.Problems;
import org.phonelock.adapters.cli.YamlMapping;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.phonelock.application.SecretFiles;
import org.phonelock.domain.Credentials;
import org.phonelock.domain.KeptPassword;
import org.phonelock.domain.ServerUrl;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The connection keys of a schedule file: {@code timezone}, {@code server}, {@code user}, {@code
 * profile} or {@code profiles}, and {@code password}.
 *
 * @param server the server URL, when given
 * @param user the account, when given
 * @param profile the profile name, when given
 * @param profiles the names of {@code profiles: [milan, rome]}, which takes the place of {@code
 *     profile:} (README, "Several servers"), one server each, in file order, with the line of
 *     each; empty when the key is absent
 */
record Connection(Optional<URI> server, Optional<String> user, Optional<String> profile,
    Map<String, Integer> profiles) {
  private static final String OTHER_SOURCES =
      "remove the password key and use PHONELOCK_PASSWORD, --password-file FILE or"
          + " --password-stdin";

  static Connection read(YamlMapping top, Problems problems) {
    Optional<String> profile = top.text("profile", false);
    Optional<Node> several = top.get("profiles");
    Map<String, Integer> profiles =
        several.map(node -> profiles(node, problems)).orElse(Map.of());
    if (several.isPresent()) {
      if (top.get("profile").isPresent()) {
        problems.add(several.get(), "'profile' and 'profiles' cannot both be given; use"
            + " 'profiles' alone, e.g. profiles: [milan, rome]");
      }
      // Each profile gives its own server and account: one server or user for all is a mistake.
      for (String key : List.of("server", "user", "password")) {
        top.get(key).ifPresent(node -> problems.add(node, "'" + key + "' cannot be given beside"
            + " 'profiles': each profile gives its own server, user and password; move it into"
            + " the profiles (README, \"Profiles\")"));
      }
    }
    boolean required = profile.isEmpty() && several.isEmpty();
    if (required && top.get("server").isEmpty()) {
      problems.add(top.line(), "missing key 'server' (the Imagicle server URL), or give a"
          + " profile");
    }
    if (required && top.get("user").isEmpty()) {
      problems.add(top.line(), "missing key 'user' (the account with Phone Lock rights), or give"
          + " a profile");
    }
    Optional<URI> server = top.text("server", false)
        .flatMap(s -> server(s, top.get("server").orElseThrow(), problems));
    Optional<String> user = top.text("user", false)
        .filter(u -> user(u, top.get("user").orElseThrow(), problems));
    return new Connection(server, user, profile, profiles);
  }

  /**
   * The names of {@code profiles:}, a YAML list (flow or block) of one or more distinct names,
   * compared as the profiles file compares them (exactly).
   */
  private static Map<String, Integer> profiles(Node node, Problems problems) {
    if (!(node instanceof SequenceNode list) || list.getValue().isEmpty()) {
      problems.add(node, "'profiles' must be a list of one or more profile names, e.g."
          + " profiles: [milan, rome]");
      return Map.of();
    }
    Map<String, Integer> names = new LinkedHashMap<>();
    for (Node item : list.getValue()) {
      Optional<String> name = YamlMapping.scalar(item, "a name in 'profiles'", problems);
      if (name.isEmpty()) {
        continue;
      }
      if (names.containsKey(name.get())) {
        problems.add(item, "profile '" + name.get() + "' is given twice in 'profiles'; give"
            + " each profile once");
      } else {
        names.put(name.get(), Problems.lineOf(item));
      }
    }
    return Collections.unmodifiableMap(names);
  }

  static Optional<ZoneId> zone(String text, Node at, Problems problems) {
    if (ZoneId.getAvailableZoneIds().contains(text)) {
      return Optional.of(ZoneId.of(text));
    }
    Optional<String> spelling = ZoneId.getAvailableZoneIds().stream()
        .filter(id -> id.equalsIgnoreCase(text)).findFirst();
    problems.add(at, "timezone '" + text + "' is not an IANA time zone name"
        + spelling.map(s -> "; did you mean " + s + "?")
            .orElse("; expected a name such as Europe/Rome or America/New_York"));
    return Optional.empty();
  }

  private static Optional<URI> server(String text, Node at, Problems problems) {
    try {
      return Optional.of(ServerUrl.parse(text).base());
    } catch (IllegalArgumentException e) {
      problems.add(at, "server: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static boolean user(String text, Node at, Problems problems) {
    try {
      new Credentials(text, "");
    } catch (IllegalArgumentException e) {
      problems.add(at, "user: " + e.getMessage());
      return false;
    }
    try {
      // As a profile's user: a blank or invisible name is refused with its line, not at run time.
      Credentials.givenUser(text, "user");
      return true;
    } catch (IllegalArgumentException e) {
      problems.add(at, e.getMessage());
      return false;
    }
  }

  /**
   * The password, accepted only from a file that no one but its owner can read, and that names
   * the server it is for: a file without {@code server} would send it nowhere (KeptPassword),
   * whichever command reads the file, so the file is refused when read.
   */
  static Optional<String> password(Path file, YamlMapping top, Node node, Problems problems) {
    Optional<String> password = YamlMapping.scalar(node, "'password'", problems);
    Optional<String> refusal = password.flatMap(p -> SecretFiles.refusal(file));
    refusal.ifPresent(why -> problems.add(node, "a password is accepted only in a file readable by its owner"
        + " alone: " + why + "; or "
        + OTHER_SOURCES));
    if (password.isPresent() && top.get("server").isEmpty() && top.get("profiles").isEmpty()) {
      try {
        new KeptPassword(password.get(), file + ":" + Problems.lineOf(node), Optional.empty())
            .requireServer();
      } catch (IllegalArgumentException e) {
        problems.add(node, e.getMessage());
        return Optional.empty();
      }
    }
    return refusal.isPresent() ? Optional.empty() : password;
  }
}
