package org.phonelock.adapters.cli.schedule;

import org.phonelock.adapters.cli.Problems;
import org.phonelock.adapters.cli.YamlMapping;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import org.phonelock.application.SecretFiles;
import org.phonelock.domain.Credentials;
import org.phonelock.domain.ServerUrl;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The connection keys of a schedule file: {@code timezone}, {@code server}, {@code user}, {@code
 * profile} and {@code password}.
 *
 * @param server the server URL, when given
 * @param user the account, when given
 * @param profile the profile name, when given
 */
record Connection(Optional<URI> server, Optional<String> user, Optional<String> profile) {
  private static final String OTHER_SOURCES =
      "remove the password key and use PHONELOCK_PASSWORD, --password-file FILE or"
          + " --password-stdin";

  static Connection read(YamlMapping top, Problems problems) {
    Optional<String> profile = top.text("profile", false);
    boolean required = profile.isEmpty();
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
    return new Connection(server, user, profile);
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
      return true;
    } catch (IllegalArgumentException e) {
      problems.add(at, "user: " + e.getMessage());
      return false;
    }
  }

  /** The password, accepted only from a file that no one but its owner can read. */
  static Optional<String> password(Path file, Node node, Problems problems) {
    Optional<String> password = YamlMapping.scalar(node, "'password'", problems);
    Optional<String> refusal = password.flatMap(p -> SecretFiles.refusal(file));
    refusal.ifPresent(why -> problems.add(node, "a password is accepted only in a file readable by its owner"
        + " alone: " + why + "; or "
        + OTHER_SOURCES));
    return refusal.isPresent() ? Optional.empty() : password;
  }
}
