package org.phonelock.adapters.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The password-source and transport flags shared by {@code lock}, {@code unlock} and {@code
 * schedule run}. Values are only collected here; {@link ConnectionOptions} resolves them against
 * the environment and the profile, and {@link PasswordResolver} reads the password. The password
 * itself is never a flag value (secrets must not appear in argv).
 */
public final class PasswordAndTransportOptions {
  @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from "
      + "the first line of FILE (UTF-8).")
  Path passwordFile;

  @Option(names = "--password-stdin", description = "Read the password from the first line of "
      + "standard input (UTF-8).")
  boolean passwordStdin;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Connect and read timeout "
      + "in seconds, 1 to 3600 (default: 30; env PHONELOCK_TIMEOUT, profile key timeout).")
  Integer timeoutSeconds;

  @Option(names = "--retries", paramLabel = "N", description = "Retries after a connection "
      + "failure, 429, 502, 503 or 504, 0 to 10 (default: 2; env PHONELOCK_RETRIES, profile key "
      + "retries).")
  Integer retries;

  @Option(names = "--ca-file", paramLabel = "PEM", description = "Also trust the certificate "
      + "authorities in this PEM file (env PHONELOCK_CA_FILE, profile key ca-file).")
  Path caFile;

  /**
   * {@code --insecure} and {@code --no-insecure} are two options rather than one negatable option:
   * picocli's completion script (AutoComplete in 4.7) offers only the positive name of a negatable
   * option, so {@code --no-insecure} was never completed. The last one given wins, as with a
   * negatable option.
   */
  Boolean insecure;

  @Option(names = "--insecure", description = "Trust any TLS certificate and host name. For "
      + "tests only (profile key insecure).")
  void insecure(boolean ignored) {
    insecure = true;
  }

  @Option(names = "--no-insecure", description = "Check certificates even when the profile says "
      + "insecure: true.")
  void noInsecure(boolean ignored) {
    insecure = false;
  }
}
