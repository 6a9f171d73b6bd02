package org.phonelock.adapters.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the password of the API account, never from a command-line flag value (secrets must not
 * appear in argv). Order: {@code --password-stdin}, {@code --password-file}, the environment
 * variable {@value #ENVIRONMENT_VARIABLE}, the selected profile's {@code password} (accepted only
 * from a file open to its owner alone: {@link ConfigFilePermissions}), then a no-echo prompt when
 * a terminal is attached.
 * Files and standard input are read as strict UTF-8, and only the first line counts (a trailing
 * {@code \n} or {@code \r\n} is not part of the password).
 */
final class PasswordResolver {
  /** The environment variable that may hold the password. */
  static final String ENVIRONMENT_VARIABLE = "PHONELOCK_PASSWORD";

  private final CliContext context;

  PasswordResolver(CliContext context) {
    this.context = context;
  }

  /**
   * Finds the password.
   *
   * @param user the account, for the prompt
   * @param passwordFile the {@code --password-file} value, if given
   * @param fromStdin true when {@code --password-stdin} was given
   * @param fromProfile the selected profile's password, already checked, if it has one
   * @return the password
   * @throws InvalidInputException when no source gives one, both flags are given, or the file
   *     cannot be read; the message names the source, never the password
   */
  String resolve(
      String user, Optional<Path> passwordFile, boolean fromStdin, Optional<String> fromProfile) {
    if (fromStdin && passwordFile.isPresent()) {
      throw new InvalidInputException(
          "--password-file and --password-stdin were both given; use one of them");
    }
    if (fromStdin) {
      String source = "standard input (--password-stdin)";
      return checked(firstLine(readStdin(), source), source);
    }
    if (passwordFile.isPresent()) {
      String source = "--password-file " + passwordFile.get();
      return checked(firstLine(readFile(passwordFile.get()), source), source);
    }
    String fromEnvironment = context.environment().get(ENVIRONMENT_VARIABLE);
    if (fromEnvironment != null) {
      return checked(fromEnvironment, ENVIRONMENT_VARIABLE);
    }
    if (fromProfile.isPresent()) {
      return checked(fromProfile.get(), "the profile's password");
    }
    return context
        .terminal()
        .readPassword("Password for " + user + ": ")
        .map(typed -> checked(new String(typed), "the typed password"))
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "no password for user '" + user + "': set " + ENVIRONMENT_VARIABLE
                        + ", use --password-file FILE or --password-stdin, or set 'password' in"
                        + " the profile (file open to its owner alone)"));
  }

  /**
   * Refuses a password that cannot be the one meant: empty (a blank line, an empty variable) or
   * holding U+FFFD, which is what the JVM makes of bytes that are not text in the locale (e.g.
   * UTF-8 under {@code LANG=C}). A leading byte-order mark (Windows editors write one) is not
   * part of the password. Messages name the source only, never the password.
   */
  private static String checked(String password, String source) {
    String withoutBom = password.startsWith("\uFEFF") ? password.substring(1) : password;
    if (withoutBom.isEmpty()) {
      throw new InvalidInputException(source + " gives an empty password; give the account's"
          + " password");
    }
    Arguments.requireText(source, withoutBom);
    return withoutBom;
  }

  private String readStdin() {
    try {
      return decode(context.stdin().readAllBytes(), "standard input (--password-stdin)");
    } catch (IOException e) {
      throw new InvalidInputException("cannot read the password from standard input: "
          + e.getMessage());
    }
  }

  private static String readFile(Path file) {
    try {
      return decode(Files.readAllBytes(file), "--password-file " + file);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException("--password-file " + file + ": no such file");
    } catch (IOException e) {
      throw new InvalidInputException(
          "--password-file " + file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static String decode(byte[] bytes, String source) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(source + " is not valid UTF-8; save the password as UTF-8");
    }
  }

  private static String firstLine(String text, String source) {
    try (BufferedReader reader = new BufferedReader(new java.io.StringReader(text))) {
      String line = reader.readLine();
      if (line == null) {
        throw new InvalidInputException(source + " is empty; it must hold the password");
      }
      return line;
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    }
  }
}
