package org.phonelock.domain;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;

/**
 * A user name and password for HTTP Basic authentication (RFC 7617; api-contract.md,
 * "Authentication"). Both go on the wire as UTF-8, so both must be well-formed Unicode; neither
 * may hold a control character and the user name may not contain {@code :} (RFC 7617 section 2). {@link #toString()} never shows the
 * password.
 *
 * @param username the user name, non-empty, no {@code :}
 * @param password the password, any well-formed Unicode text (may be empty)
 */
public record Credentials(String username, String password) {
  /**
   * The most UTF-8 bytes a password may have, from any source: far above any real password, and
   * a header this long is refused by servers (HTTP 431) rather than read.
   */
  public static final int PASSWORD_BYTES = 4 * 1024;

  /**
   * Checks the invariants. Error messages never contain the password.
   *
   * @throws IllegalArgumentException when the user name is empty or holds {@code :}, or either
   *     part holds an unpaired surrogate or a control character
   */
  public Credentials {
    requireNonNull(username, "username");
    requireNonNull(password, "password");
    if (username.isEmpty()) {
      throw new IllegalArgumentException("user name must not be empty");
    }
    if (username.indexOf(':') >= 0) {
      throw new IllegalArgumentException(
          "user name '" + username + "' contains ':', which HTTP Basic authentication cannot"
              + " carry (RFC 7617); use the account's name without ':'");
    }
    if (!Text.isWellFormedUtf16(username)) {
      throw new IllegalArgumentException("user name is not valid Unicode text (unpaired surrogate)");
    }
    if (!Text.isWellFormedUtf16(password)) {
      throw new IllegalArgumentException("password is not valid Unicode text (unpaired surrogate)");
    }
    // RFC 7617 section 2: "The user-id and password MUST NOT contain any control characters".
    // A line break left by a file, a YAML block scalar or a terminal would otherwise be sent as
    // part of the password and fail as a wrong password, or worse, match a different one.
    controlCharacter(username).ifPresent(at -> {
      throw new IllegalArgumentException("user name holds a control character (" + at
          + "); RFC 7617 does not allow control characters in Basic credentials");
    });
    controlCharacter(password).ifPresent(at -> {
      throw new IllegalArgumentException("password holds a control character (" + at
          + "); RFC 7617 does not allow control characters in Basic credentials; check for a"
          + " line break or tab left by the source");
    });
  }

  /**
   * The password as a person gave it (a variable, a profile, a prompt), refused when it cannot be
   * the one meant: empty (a blank line, an empty variable), longer than {@link #PASSWORD_BYTES}
   * in UTF-8 (a wrong file or variable; files and streams are capped at the same size before
   * they are read) or holding a control character (RFC 7617 section 2; e.g. the line break of a
   * YAML block scalar or a second line of a file). A leading byte-order mark is not part of it:
   * Windows editors write one at the start of a file.
   *
   * @param text the password as given
   * @param source where it was given, e.g. {@code PHONELOCK_PASSWORD}; every message starts with
   *     it and never shows the password
   * @return the password without a leading byte-order mark
   * @throws IllegalArgumentException when it is empty, too long or holds a control character
   */
  public static String givenPassword(String text, String source) {
    String password = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (password.isEmpty()) {
      throw new IllegalArgumentException(source + " gives an empty password; give the account's"
          + " password");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_BYTES) {
      throw new IllegalArgumentException(source + " gives a password larger than "
          + PASSWORD_BYTES / 1024 + " KiB, the most accepted; give the account's password");
    }
    controlCharacter(password).ifPresent(at -> {
      throw new IllegalArgumentException(source + " gives a password holding a control character"
          + " (" + at + "); a password is one line of text (RFC 7617 allows no control"
          + " characters)");
    });
    return password;
  }

  /**
   * The user name as a person gave it (a flag, a variable, a profile), refused when it says
   * nothing visible: empty, blank or only invisible characters ({@link Text#isBlankOrInvisible}),
   * which can only be a mistake (a stray space, a zero-width space pasted with the name) and would
   * be sent to the server as an account name.
   *
   * @param text the user name as given
   * @param source where it was given, e.g. {@code PHONELOCK_USER}; every message starts with it
   * @return the user name, unchanged
   * @throws IllegalArgumentException when it is empty, blank or invisible
   */
  public static String givenUser(String text, String source) {
    if (Text.isBlankOrInvisible(text)) {
      throw new IllegalArgumentException(source + " gives " + (text.isEmpty() ? "an empty"
          : "a blank or invisible") + " user name; give the account's name");
    }
    return text;
  }

  /**
   * The password held by a file or a stream: one line, whose line break ({@code \n} or {@code
   * \r\n}) is not part of it; anything after that break (a second line) is refused by {@link
   * #givenPassword}, not dropped.
   *
   * @param text the whole content
   * @param source the file or stream, for messages; never the password
   * @return the password
   * @throws IllegalArgumentException when the content is empty, or as {@link #givenPassword}
   */
  public static String passwordLine(String text, String source) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException(source + " is empty; it must hold the password");
    }
    int end = text.endsWith("\r\n") ? 2 : text.endsWith("\n") ? 1 : 0;
    return givenPassword(text.substring(0, text.length() - end), source);
  }

  /**
   * Finds the first control character (RFC 5234 CTL: U+0000 to U+001F and U+007F), which RFC 7617
   * does not allow in a user name or password.
   *
   * @param text a user name or password
   * @return the character's code point and 1-based position, e.g. {@code U+000A at position 9},
   *     never the surrounding text (it may be a secret); empty when there is none
   */
  public static java.util.Optional<String> controlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7F) {
        return java.util.Optional.of(String.format("U+%04X at position %d", (int) c, i + 1));
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Shows the user name only.
   *
   * @return {@code Credentials[username=NAME, password=<redacted>]}
   */
  @Override
  public String toString() {
    return "Credentials[username=" + username + ", password=<redacted>]";
  }
}
