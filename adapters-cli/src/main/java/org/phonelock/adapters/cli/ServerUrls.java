package org.phonelock.adapters.cli;

import com.google.common.net.InetAddresses;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks of the {@code --server} URL (vendor page: {@code http://{ias-server}}; https too). */
final class ServerUrls {
  private ServerUrls() {}

  /**
   * The server URL, checked for shape.
   *
   * @param server the setting
   * @return the URL
   * @throws InvalidInputException when it is not an absolute http or https URL with a host
   */
  static URI check(SettingSources.Setting server) {
    try {
      URI uri = new URI(server.value());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new URISyntaxException(server.value(), "not an http or https URL with a host");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new InvalidInputException(server.describe()
          + " is not accepted; expected http://HOST[:PORT] or https://HOST[:PORT]");
    }
  }

  /**
   * Tells whether credentials would cross the network unencrypted: plain http to a host that is
   * not a loopback address.
   *
   * @param uri the checked server URL
   * @return true when a warning is due
   */
  static boolean sendsCredentialsInClear(URI uri) {
    if (!"http".equalsIgnoreCase(uri.getScheme())) {
      return false;
    }
    return !isLoopback(uri.getHost());
  }

  /**
   * Tells whether a host names this machine only: {@code localhost} or a loopback address.
   *
   * @param uriHost a URI's host, IPv6 literals in brackets
   * @return true for a loopback host
   */
  static boolean isLoopback(String uriHost) {
    String host = uriHost.startsWith("[") && uriHost.endsWith("]")
        ? uriHost.substring(1, uriHost.length() - 1) : uriHost;
    return host.equalsIgnoreCase("localhost")
        || (InetAddresses.isInetAddress(host)
            && InetAddresses.forString(host).isLoopbackAddress());
  }
}
