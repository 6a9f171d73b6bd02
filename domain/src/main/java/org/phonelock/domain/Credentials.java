package org.phonelock.domain;

import static java.util.Objects.requireNonNull;

/**
 * A user name and password for HTTP Basic authentication (RFC 7617; api-contract.md,
 * "Authentication"). Both go on the wire as UTF-8, so both must be well-formed Unicode; the user
 * name may not contain {@code :} (RFC 7617 section 2). {@link #toString()} never shows the
 * password.
 *
 * @param username the user name, non-empty, no {@code :}
 * @param password the password, any well-formed Unicode text (may be empty)
 */
public record Credentials(String username, String password) {

  /**
   * Checks the invariants. Error messages never contain the password.
   *
   * @throws IllegalArgumentException when the user name is empty or holds {@code :}, or either
   *     part holds an unpaired surrogate
   * @throws NullPointerException when an argument is null
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
