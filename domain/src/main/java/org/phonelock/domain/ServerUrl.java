package org.phonelock.domain;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The base URL of a Phone Lock server: {@code http://host} or {@code https://host:port},
 * optionally with a path prefix (a reverse proxy), without the endpoint path (vendor page,
 * "EndPoints": {@code http://{ias-server}/fw/...}; api-contract.md, "Endpoints": https must work
 * too). The one definition of an accepted server URL: the library builder, the CLI's {@code
 * --server}, profiles and schedule files all parse it here.
 *
 * @param base the normalised base URL: lower-case scheme, no trailing slash
 */
public record ServerUrl(URI base) {
  /** What every refusal says is accepted. */
  public static final String ACCEPTED =
      "accepted: http://HOST[:PORT] or https://HOST[:PORT], optionally with a path prefix (a"
          + " reverse proxy), without user name, password, endpoint path, query or fragment";

  private static final Pattern USER_INFO = Pattern.compile("//[^/?#]*@");
  private static final Pattern ENDPOINT_PATH = Pattern.compile("(/[^/]*)*/fw(/.*)?");

  /**
   * Checks the invariant: {@code base} is already in the form {@link #of(URI)} returns.
   *
   * @throws IllegalArgumentException when {@code base} is not accepted (see {@link #of(URI)})
   */
  public ServerUrl {
    requireNonNull(base, "base");
    if (!normalise(base).equals(base)) {
      throw new IllegalArgumentException(
          "not a normalised server URL; build it with ServerUrl.of or ServerUrl.parse");
    }
  }

  /**
   * Parses a server URL as typed (a flag, a profile, a schedule file).
   *
   * @param text e.g. {@code https://ias.example.com:8443} or {@code http://proxy/imagicle/}
   * @return the server URL, trailing slashes dropped
   * @throws IllegalArgumentException when {@code text} is not an accepted URL; the message
   *     names the URL without user info (it may hold a password) and what is accepted
   */
  public static ServerUrl parse(String text) {
    requireNonNull(text, "text");
    try {
      return of(new URI(text));
    } catch (URISyntaxException e) {
      throw refused(text, "it is not a valid URL (" + e.getReason() + ")");
    }
  }

  /**
   * Checks {@code server} and drops trailing slashes from its path.
   *
   * @param server e.g. {@code https://ias.example.com:8443}
   * @return the server URL
   * @throws IllegalArgumentException naming the URL (user info redacted) and what is accepted,
   *     when it is not absolute, its scheme is not http or https, it has no host, its port is not
   *     1 to 65535, or it holds user info, the endpoint path ({@code /fw}), a query or a fragment
   */
  public static ServerUrl of(URI server) {
    requireNonNull(server, "server");
    return new ServerUrl(normalise(server));
  }

  private static URI normalise(URI server) {
    String scheme = server.getScheme() == null ? "" : server.getScheme().toLowerCase(Locale.ROOT);
    String authority = server.getRawAuthority();
    if (server.getRawUserInfo() != null || (authority != null && authority.contains("@"))) {
      throw refused(server.toString(), "it holds a user name or password; give credentials"
          + " separately");
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw refused(server.toString(), "the scheme must be http or https");
    }
    if (server.isOpaque() || server.getHost() == null) {
      throw refused(server.toString(), "it has no host name (or the host name is not valid)");
    }
    if (server.getRawQuery() != null || server.getRawFragment() != null) {
      throw refused(server.toString(), "it holds a query or a fragment");
    }
    if (server.getPort() == 0 || server.getPort() > 65535
        || (server.getPort() == -1 && authority.endsWith(":"))) {
      throw refused(server.toString(), "the port must be 1 to 65535");
    }
    String path = server.getRawPath() == null ? "" : server.getRawPath().replaceAll("/+$", "");
    // RFC 3986 section 5.2.4: a client or proxy may remove "." and ".." segments (also written
    // %2E), so the path would not be the one typed; and ".." can climb out of a proxy's prefix.
    for (String segment : path.split("/", -1)) {
      String plain = segment.replaceAll("(?i)%2e", ".");
      if (plain.equals(".") || plain.equals("..")) {
        throw refused(server.toString(), "its path holds a '" + plain + "' segment; give the"
            + " path prefix without '.' or '..'");
      }
    }
    // The client appends the endpoint path; a URL that already holds it would get 404.
    if (ENDPOINT_PATH.matcher(path.toLowerCase(Locale.ROOT)).matches()) {
      throw refused(server.toString(), "it holds the endpoint path; give the server only, e.g."
          + " https://ias.example.com, and phonelock adds /fw/Apps/StoneLock/WebAPI/Phones/Lock");
    }
    return URI.create(scheme + "://" + authority + path);
  }

  /**
   * Tells whether credentials would cross the network unencrypted: plain http to a host that is
   * not this machine ({@code localhost} or a loopback address).
   *
   * @return true when a warning is due
   */
  public boolean sendsCredentialsInClear() {
    return base.getScheme().equals("http") && !isLoopback(base.getHost());
  }

  /**
   * Tells whether a host names this machine only: {@code localhost} or a loopback address.
   *
   * @param uriHost a URI's host, IPv6 literals in brackets
   * @return true for a loopback host
   */
  public static boolean isLoopback(String uriHost) {
    String host = uriHost.startsWith("[") && uriHost.endsWith("]")
        ? uriHost.substring(1, uriHost.length() - 1) : uriHost;
    String name = host.toLowerCase(Locale.ROOT);
    return name.equals("localhost") || name.equals("localhost.")
        || (com.google.common.net.InetAddresses.isInetAddress(host)
            && com.google.common.net.InetAddresses.forString(host).isLoopbackAddress());
  }

  /**
   * Tells whether two URLs certainly reach the same server: the same scheme, host (in any case,
   * with or without the root's trailing dot), port (a default port written or not) and path. A
   * password kept for one server goes only where this holds ({@link KeptPassword}): two names of
   * one machine ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}) may be two listeners, and
   * another local user may run the second.
   */
  public boolean sameServerAs(ServerUrl other) {
    return identity(false).equals(other.identity(false));
  }

  /**
   * Tells whether two URLs may reach the same server: {@link #sameServerAs}, or every name of
   * this machine ({@code localhost} and the loopback addresses) for one. Two profiles of one
   * command or schedule that may be one server are refused: the action would go there twice.
   * Other names of one host are not found: that would take a DNS look-up, whose answer can change.
   */
  public boolean mayBeSameServerAs(ServerUrl other) {
    return identity(true).equals(other.identity(true));
  }

  private String identity(boolean machine) {
    int port = base.getPort() != -1 ? base.getPort() : base.getScheme().equals("https") ? 443 : 80;
    String host = base.getHost().toLowerCase(Locale.ROOT);
    host = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    return base.getScheme() + "://" + (machine && namesThisMachine(host) ? "loopback" : host)
        + ":" + port + base.getRawPath();
  }

  /**
   * As a destination: a loopback name, or the unspecified address ({@code 0.0.0.0}, {@code ::}),
   * which a connection takes for this machine (unlike a bind, where it means every interface).
   */
  private static boolean namesThisMachine(String host) {
    String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    return isLoopback(host) || (com.google.common.net.InetAddresses.isInetAddress(literal)
        && com.google.common.net.InetAddresses.forString(literal).isAnyLocalAddress());
  }

  @Override
  public String toString() {
    return base.toString();
  }

  private static IllegalArgumentException refused(String server, String reason) {
    // The user info may hold a password, which must never reach an error message.
    String shown = USER_INFO.matcher(server).replaceFirst("//<redacted>@");
    // Quoted: a line break in a typed URL must not split the one-line message.
    return new IllegalArgumentException(
        "server URL " + Text.quote(shown) + " is not accepted: " + reason + "; " + ACCEPTED);
  }
}
