package org.phonelock.adapters.http;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.phonelock.domain.PhoneLockAction;

/**
 * The base URL of a Phone Lock server, checked once: {@code http://host} or {@code
 * https://host:port}, optionally with a path prefix (a reverse proxy) and a trailing slash (vendor
 * page, "EndPoints": {@code http://{ias-server}/fw/...}; api-contract.md, "Endpoints": https must
 * work too).
 */
final class ServerAddress {
  /** The path under the server's base URL, before {@code Lock} or {@code Unlock} (vendor page). */
  static final String ENDPOINT_PATH = "/fw/Apps/StoneLock/WebAPI/Phones/";

  private static final String ACCEPTED =
      "accepted: http://HOST[:PORT] or https://HOST[:PORT], optionally with a path prefix (a"
          + " reverse proxy), without user name, password, endpoint path, query or fragment";

  private static final Pattern USER_INFO = Pattern.compile("//[^/?#]*@");

  private final URI base;

  private ServerAddress(URI base) {
    this.base = base;
  }

  /**
   * Checks {@code server} and drops trailing slashes from its path.
   *
   * @param server e.g. {@code https://ucx.example.com:8443} or {@code http://proxy/imagicle/}
   * @return the address
   * @throws IllegalArgumentException naming the URL (user info redacted) and what is accepted, when
   *     the URL is not absolute, its scheme is not http or https, it has no host, its port is not
   *     1 to 65535, or it holds user info, a {@code /fw} path segment (the endpoint path, which is
   *     added here), a query or a fragment
   * @throws NullPointerException when {@code server} is null
   */
  static ServerAddress of(URI server) {
    requireNonNull(server, "server");
    String scheme = server.getScheme() == null ? "" : server.getScheme().toLowerCase(Locale.ROOT);
    String authority = server.getRawAuthority();
    if (server.getRawUserInfo() != null || (authority != null && authority.contains("@"))) {
      throw refused(server, "it holds a user name or password; give credentials separately");
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw refused(server, "the scheme must be http or https");
    }
    if (server.isOpaque() || server.getHost() == null) {
      throw refused(server, "it has no host name (or the host name is not valid)");
    }
    if (server.getRawQuery() != null || server.getRawFragment() != null) {
      throw refused(server, "it holds a query or a fragment");
    }
    if (server.getPort() == 0 || server.getPort() > 65535
        || (server.getPort() == -1 && authority.endsWith(":"))) {
      throw refused(server, "the port must be 1 to 65535");
    }
    String path = server.getRawPath() == null ? "" : server.getRawPath();
    path = path.replaceAll("/+$", "");
    // The endpoint path is appended here; a URL that already holds it would get 404.
    if (path.toLowerCase(Locale.ROOT).matches("(/[^/]*)*/fw(/.*)?")) {
      throw refused(server, "it holds the endpoint path; give the server only, e.g."
          + " https://ucx.example.com, and phonelock adds " + ENDPOINT_PATH + "Lock");
    }
    return new ServerAddress(URI.create(scheme + "://" + authority + path));
  }

  /**
   * The base URL, without trailing slash.
   *
   * @return e.g. {@code https://ucx.example.com:8443}
   */
  URI base() {
    return base;
  }

  /**
   * The endpoint of one action.
   *
   * @param action lock or unlock
   * @return the base URL followed by {@code /fw/Apps/StoneLock/WebAPI/Phones/Lock} or {@code
   *     .../Unlock}
   */
  URI endpoint(PhoneLockAction action) {
    return URI.create(base + ENDPOINT_PATH + action.endpointName());
  }

  /**
   * The full request URL of one action.
   *
   * @param action lock or unlock
   * @param rawQuery an already percent-encoded query, possibly empty (then no {@code ?} is added)
   * @return the endpoint, followed by {@code ?rawQuery} when the query is not empty
   */
  URI request(PhoneLockAction action, String rawQuery) {
    URI endpoint = endpoint(action);
    return rawQuery.isEmpty() ? endpoint : URI.create(endpoint + "?" + rawQuery);
  }

  @Override
  public String toString() {
    return base.toString();
  }

  private static IllegalArgumentException refused(URI server, String reason) {
    return new IllegalArgumentException(
        "server URL '" + withoutUserInfo(server) + "' is not accepted: " + reason + "; " + ACCEPTED);
  }

  /** The user info may hold a password, which must never reach an error message. */
  private static String withoutUserInfo(URI server) {
    return USER_INFO.matcher(server.toString()).replaceFirst("//<redacted>@");
  }
}
