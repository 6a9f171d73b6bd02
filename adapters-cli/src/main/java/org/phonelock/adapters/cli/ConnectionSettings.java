package org.phonelock.adapters.cli;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.phonelock.domain.Credentials;

/**
 * Everything needed to talk to one Phone Lock server.
 *
 * @param server the server base URL, {@code http} or {@code https}
 * @param credentials the Basic authentication account
 * @param timeout the connect timeout and the read timeout, each
 * @param retries how many times a failed idempotent request is retried, 0 or more
 * @param caFile a PEM file of extra trusted certificate authorities, if any
 * @param insecure true to trust any certificate and host name (explicit opt-in only)
 * @param requestLog receives request and response lines with Authorization redacted, if any
 */
public record ConnectionSettings(
    URI server,
    Credentials credentials,
    Duration timeout,
    int retries,
    Optional<Path> caFile,
    boolean insecure,
    Optional<Consumer<String>> requestLog) {

  /**
   * Checks the arguments.
   *
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code retries} is negative
   */
  public ConnectionSettings {
    requireNonNull(server, "server");
    requireNonNull(credentials, "credentials");
    requireNonNull(timeout, "timeout");
    requireNonNull(caFile, "caFile");
    requireNonNull(requestLog, "requestLog");
    if (retries < 0) {
      throw new IllegalArgumentException("retries must be 0 or more, was " + retries);
    }
  }
}
