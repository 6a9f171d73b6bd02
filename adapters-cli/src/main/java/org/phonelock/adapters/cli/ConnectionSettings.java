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
 * @param retryLog receives one line per retry, before its wait, if any
 * @param caFileSource where {@code caFile} was set (a flag, a variable, a profile's file and line),
 *     so that a CA file the client cannot use is reported with its source
 */
public record ConnectionSettings(
    URI server,
    Credentials credentials,
    Duration timeout,
    int retries,
    Optional<Path> caFile,
    boolean insecure,
    Optional<Consumer<String>> requestLog,
    Optional<Consumer<String>> retryLog,
    String caFileSource) {

  /** Settings whose CA file, if any, was given directly (the demo, tests). */
  public ConnectionSettings(URI server, Credentials credentials, Duration timeout, int retries,
      Optional<Path> caFile, boolean insecure, Optional<Consumer<String>> requestLog) {
    this(server, credentials, timeout, retries, caFile, insecure, requestLog, Optional.empty(),
        "--ca-file");
  }

  /** Refuses a negative {@code retries}. */
  public ConnectionSettings {
    requireNonNull(server, "server");
    requireNonNull(credentials, "credentials");
    requireNonNull(timeout, "timeout");
    requireNonNull(caFile, "caFile");
    requireNonNull(requestLog, "requestLog");
    requireNonNull(retryLog, "retryLog");
    requireNonNull(caFileSource, "caFileSource");
    if (retries < 0) {
      throw new IllegalArgumentException("retries must be 0 or more, was " + retries);
    }
  }

  /**
   * Words a refusal of these settings by the client: a CA file problem names where the CA file
   * was set (a profile's file and line, a variable or the flag).
   *
   * @param failure what the client threw while being built
   * @return the message for the user
   */
  public String describeFailure(RuntimeException failure) {
    String message = String.valueOf(failure.getMessage());
    return caFile.isPresent() && message.contains("CA file")
        ? caFileSource + ": " + message : message;
  }
}
