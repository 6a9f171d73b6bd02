package org.phonelock.adapters.cli;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.phonelock.domain.Credentials;

/**
 * Everything needed to talk to one Phone Lock server, resolved by {@link ConnectionOptions}.
 *
 * @param timeout the connect timeout and the read timeout, each
 * @param retries how many times a failed idempotent request is retried, 0 to 10 (the client
 *     refuses others)
 * @param caFile a PEM file of extra trusted certificate authorities, if any
 * @param insecure true to trust any certificate and host name (explicit opt-in only)
 * @param requestLog receives request and response lines with Authorization redacted, if any
 * @param retryLog receives one line per retry, before its wait, if any
 * @param caFileSource where {@code caFile} was set (a flag, a variable, a profile's file and
 *     line), so that a CA file the client cannot use is reported with its source
 */
public record ConnectionSettings(URI server, Credentials credentials, Duration timeout,
    int retries, Optional<Path> caFile, boolean insecure, Optional<Consumer<String>> requestLog,
    Optional<Consumer<String>> retryLog, String caFileSource) {

  public ConnectionSettings {
    requireNonNull(server, "server");
    requireNonNull(credentials, "credentials");
    requireNonNull(timeout, "timeout");
    requireNonNull(caFile, "caFile");
    requireNonNull(requestLog, "requestLog");
    requireNonNull(retryLog, "retryLog");
    requireNonNull(caFileSource, "caFileSource");
  }

  /** Settings with no CA file, trust store changes or logs (the demo, tests). */
  public static ConnectionSettings plain(URI server, Credentials credentials, Duration timeout,
      int retries) {
    return new ConnectionSettings(server, credentials, timeout, retries, Optional.empty(), false,
        Optional.empty(), Optional.empty(), "--ca-file");
  }
}
