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
          + " is not accepted; expected http://HOST or https://HOST[:PORT]");
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
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    boolean loopback =
        host.equalsIgnoreCase("localhost")
            || (InetAddresses.isInetAddress(host)
                && InetAddresses.forString(host).isLoopbackAddress());
    return !loopback;
  }
}
