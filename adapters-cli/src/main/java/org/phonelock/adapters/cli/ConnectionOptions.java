package org.phonelock.adapters.cli;

import com.google.common.net.InetAddresses;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.phonelock.domain.Credentials;
import picocli.CommandLine.Option;

/**
 * The server, account and transport flags of {@code lock} and {@code unlock}. The password is
 * never a flag value (secrets must not appear in argv): see {@link PasswordResolver}.
 */
public final class ConnectionOptions {
  @Option(
      names = "--server",
      required = true,
      paramLabel = "URL",
      description = "The Imagicle server (IAS), e.g. https://ias.example.com")
  String server;

  @Option(
      names = "--user",
      required = true,
      paramLabel = "NAME",
      description = "UCX Suite user with Phone Lock rights.")
  String user;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "Read the password from the first line of FILE (UTF-8).")
  Path passwordFile;

  @Option(
      names = "--password-stdin",
      description = "Read the password from the first line of standard input (UTF-8).")
  boolean passwordStdin;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "Connect and read timeout in seconds, 1 to 3600 (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(
      names = "--retries",
      paramLabel = "N",
      defaultValue = "2",
      description = "Retries after a connection failure, 429, 502, 503 or 504, 0 to 10 "
          + "(default: ${DEFAULT-VALUE}).")
  int retries;

  @Option(
      names = "--ca-file",
      paramLabel = "PEM",
      description = "Also trust the certificate authorities in this PEM file.")
  Path caFile;

  @Option(
      names = "--insecure",
      description = "Trust any TLS certificate and host name. For tests only.")
  boolean insecure;

  /**
   * The server URL, checked for shape.
   *
   * @return the URL
   * @throws InvalidInputException when it is not an absolute http or https URL with a host
   */
  URI serverUri() {
    try {
      URI uri = new URI(server);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new URISyntaxException(server, "not an http or https URL with a host");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new InvalidInputException(
          "--server '" + server + "' is not accepted; expected http://HOST or https://HOST[:PORT]");
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

  /**
   * Builds the settings, resolving the password.
   *
   * @param passwords where the password comes from
   * @param needPassword false for {@code --dry-run}, which sends nothing
   * @param requestLog the {@code -v} log, if any
   * @return the settings
   * @throws InvalidInputException when a flag value is out of range or the account is unusable
   */
  ConnectionSettings toSettings(
      PasswordResolver passwords, boolean needPassword, Optional<Consumer<String>> requestLog) {
    URI uri = serverUri();
    if (timeoutSeconds < 1 || timeoutSeconds > 3600) {
      throw new InvalidInputException(
          "--timeout " + timeoutSeconds + " is not accepted; expected 1 to 3600 seconds");
    }
    if (retries < 0 || retries > 10) {
      throw new InvalidInputException(
          "--retries " + retries + " is not accepted; expected 0 to 10");
    }
    String password =
        needPassword
            ? passwords.resolve(user, Optional.ofNullable(passwordFile), passwordStdin)
            : "";
    Credentials credentials;
    try {
      credentials = new Credentials(user, password);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("account: " + e.getMessage());
    }
    return new ConnectionSettings(
        uri,
        credentials,
        Duration.ofSeconds(timeoutSeconds),
        retries,
        Optional.ofNullable(caFile),
        insecure,
        requestLog);
  }
}
