package org.phonelock.adapters.cli.schedule;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.phonelock.domain.Credentials;
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
  private static final Set<PosixFilePermission> NOT_OWNER = EnumSet.of(
      PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
      PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
      PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

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
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
          && uri.getUserInfo() == null) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    problems.add(at, "server '" + text + "' is not accepted; expected http://HOST or"
        + " https://HOST[:PORT], without a user name or password in it");
    return Optional.empty();
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
    if (password.isEmpty()) {
      return Optional.empty();
    }
    try {
      Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
      permissions.addAll(Files.getPosixFilePermissions(file));
      Set<PosixFilePermission> others = EnumSet.copyOf(permissions);
      others.retainAll(NOT_OWNER);
      if (others.isEmpty()) {
        return password;
      }
      problems.add(node, "a password is accepted only in a file readable by its owner alone,"
          + " but " + file + " has mode " + PosixFilePermissions.toString(permissions)
          + "; run chmod 600 " + file + ", or " + OTHER_SOURCES);
    } catch (UnsupportedOperationException e) {
      problems.add(node, "a password is accepted only in a file readable by its owner alone, and"
          + " this file system has no POSIX permissions to check that (e.g. Windows); "
          + OTHER_SOURCES);
    } catch (IOException e) {
      problems.add(node, "cannot read the permissions of " + file + " ("
          + e.getClass().getSimpleName() + "); " + OTHER_SOURCES);
    }
    return Optional.empty();
  }
}
