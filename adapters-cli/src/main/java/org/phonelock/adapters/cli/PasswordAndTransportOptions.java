package org.phonelock.adapters.cli;

import org.phonelock.application.BoundedFiles;
import org.phonelock.application.port.out.RefusedFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.phonelock.domain.Credentials;
import picocli.CommandLine.Option;

/**
 * The password-source and transport flags of {@code lock}, {@code unlock} and {@code schedule
 * run}, and how the password is found. The password is never a flag value (secrets must not
 * appear in argv); it comes from {@code --password-stdin}, {@code --password-file}, {@value
 * #PASSWORD_VARIABLE}, a password kept in a file open to its owner alone ({@link
 * org.phonelock.application.SecretFiles}: the schedule file's, else the profile's), then a no-echo
 * prompt. Files and standard input are read as strict UTF-8, at most {@link
 * BoundedFiles#PASSWORD_BYTES} bytes; what a password may be: {@link Credentials#givenPassword}.
 */
public final class PasswordAndTransportOptions {
  /** The environment variable that may hold the password. */
  static final String PASSWORD_VARIABLE = "PHONELOCK_PASSWORD";

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

  /** A password kept in a file, with its place for messages ({@code profile 'prod', FILE:4}). */
  record Stored(String text, String source) {
    @Override
    public String toString() {
      return "Stored[source=" + source + ", text=<redacted>]";
    }
  }

  /**
   * Finds the password of {@code user}.
   *
   * @param stored the password kept in a file, if any; asked for only when no source above it
   *     gives one, and refused (IllegalArgumentException) when it may not go to the server
   * @throws InvalidInputException when no source gives one, or the one that does is refused; the
   *     message names the source, never the password
   */
  String password(CliContext context, String user, Supplier<Optional<Stored>> stored) {
    if (passwordStdin && passwordFile != null) {
      throw new InvalidInputException(
          "--password-file and --password-stdin were both given; use one of them");
    }
    try {
      boolean line = passwordStdin || passwordFile != null;
      Stored given;
      if (line) {
        String source = passwordStdin ? "standard input (--password-stdin)"
            : "--password-file " + passwordFile;
        given = new Stored(passwordStdin
            ? BoundedFiles.readPassword(context.stdin(), source)
            : BoundedFiles.readPassword(passwordFile, source), source);
      } else {
        given = Optional.ofNullable(context.environment().get(PASSWORD_VARIABLE))
            .map(text -> new Stored(text, PASSWORD_VARIABLE)).or(stored)
            .or(() -> context.terminal().readPassword("Password for " + user + ": ")
                .map(typed -> new Stored(new String(typed), "the typed password")))
            .orElseThrow(() -> new InvalidInputException("no password for user '" + user
                + "': set " + PASSWORD_VARIABLE + ", use --password-file FILE or --password-stdin,"
                + " or set 'password' in the profile (file open to its owner alone)"));
      }
      String password = line ? Credentials.passwordLine(given.text(), given.source())
          : Credentials.givenPassword(given.text(), given.source());
      // U+FFFD: what the JVM makes of bytes that are not text in the locale (LANG=C).
      Arguments.requireText(given.source(), password);
      return password;
    } catch (IllegalArgumentException | RefusedFileException e) {
      throw new InvalidInputException(e.getMessage());
    }
  }
}
