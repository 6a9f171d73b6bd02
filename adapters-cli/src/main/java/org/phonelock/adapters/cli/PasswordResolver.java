package org.phonelock.adapters.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.phonelock.domain.Credentials;

/**
 * Finds the password of the API account, never from a command-line flag value (secrets must not
 * appear in argv). Order: {@code --password-stdin}, {@code --password-file}, the environment
 * variable {@value #ENVIRONMENT_VARIABLE}, the selected profile's {@code password} (accepted only
 * from a file open to its owner alone: {@link org.phonelock.application.SecretFiles}), then a
 * no-echo prompt when a terminal is attached.
 * Files and standard input are read as strict UTF-8, at most {@link
 * BoundedFiles#PASSWORD_BYTES} bytes, and hold one line: the line break that ends it ({@code \n}
 * or {@code \r\n}) is not part of the password; any other control character is refused.
 */
final class PasswordResolver {
  /** The environment variable that may hold the password. */
  static final String ENVIRONMENT_VARIABLE = "PHONELOCK_PASSWORD";

  private final CliContext context;

  /** A password kept in a file, with its place for messages ({@code profile 'prod', FILE:4}). */
  record Stored(String text, String source) {
    @Override
    public String toString() {
      return "Stored[source=" + source + ", text=<redacted>]";
    }
  }

  PasswordResolver(CliContext context) {
    this.context = context;
  }

  /**
   * Finds the password.
   *
   * @throws InvalidInputException when no source gives one, both flags are given, or the file
   *     cannot be read; the message names the source, never the password
   */
  String resolve(
      String user, Optional<Path> passwordFile, boolean fromStdin, Optional<Stored> fromProfile) {
    if (fromStdin && passwordFile.isPresent()) {
      throw new InvalidInputException(
          "--password-file and --password-stdin were both given; use one of them");
    }
    if (fromStdin) {
      String source = "standard input (--password-stdin)";
      return oneLine(BoundedFiles.readUtf8(context.stdin(), BoundedFiles.PASSWORD_BYTES, source),
          source);
    }
    if (passwordFile.isPresent()) {
      String source = "--password-file " + passwordFile.get();
      return oneLine(
          BoundedFiles.readUtf8(passwordFile.get(), BoundedFiles.PASSWORD_BYTES, source), source);
    }
    String fromEnvironment = context.environment().get(ENVIRONMENT_VARIABLE);
    if (fromEnvironment != null) {
      return checked(fromEnvironment, ENVIRONMENT_VARIABLE);
    }
    if (fromProfile.isPresent()) {
      return checked(fromProfile.get().text(), fromProfile.get().source());
    }
    return context.terminal().readPassword("Password for " + user + ": ")
        .map(typed -> checked(new String(typed), "the typed password"))
        .orElseThrow(() -> new InvalidInputException("no password for user '" + user + "': set "
            + ENVIRONMENT_VARIABLE + ", use --password-file FILE or --password-stdin, or set"
            + " 'password' in the profile (file open to its owner alone)"));
  }

  /**
   * Refuses a password that cannot be the one meant: empty (a blank line, an empty variable),
   * holding a control character (RFC 7617 section 2; a line break from a YAML block scalar or a
   * second line in a file), or holding U+FFFD, which is what the JVM makes of bytes that are not
   * text in the locale (e.g. UTF-8 under {@code LANG=C}). A leading byte-order mark (Windows
   * editors write one) is not part of the password. Messages name the source only, never the
   * password.
   */
  private static String checked(String password, String source) {
    String withoutBom = password.startsWith("\uFEFF") ? password.substring(1) : password;
    if (withoutBom.isEmpty()) {
      throw new InvalidInputException(source + " gives an empty password; give the account's"
          + " password");
    }
    Credentials.controlCharacter(withoutBom).ifPresent(at -> {
      throw new InvalidInputException(source + " gives a password holding a control character ("
          + at + "); a password is one line of text (RFC 7617 allows no control characters)");
    });
    Arguments.requireText(source, withoutBom);
    return withoutBom;
  }

  /**
   * A file or stream holds the password and at most the one line break that ends its line;
   * anything after that break (a second line) is refused by {@link #checked}, not dropped.
   */
  private static String oneLine(String text, String source) {
    if (text.isEmpty()) {
      throw new InvalidInputException(source + " is empty; it must hold the password");
    }
    int end = text.endsWith("\r\n") ? 2 : text.endsWith("\n") ? 1 : 0;
    return checked(text.substring(0, text.length() - end), source);
  }
}
