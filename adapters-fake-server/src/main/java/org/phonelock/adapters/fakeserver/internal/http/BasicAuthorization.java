package org.phonelock.adapters.fakeserver.internal.http;

import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.phonelock.adapters.fakeserver.internal.directory.StrictUtf8;

/**
 * The credentials an {@code Authorization: Basic ...} header carries (RFC 7617). Decoding is
 * strict, as api-contract.md, "Authentication" asks: bad base64, no colon or bytes that are not
 * UTF-8 mean "no credentials", which the caller answers with 401. {@link #toString()} never
 * shows the password.
 *
 * @param username the user name: the text before the first colon
 * @param password the password: the text after it, possibly empty
 */
public record BasicAuthorization(String username, String password) {
  private static final String SCHEME = "basic";

  /**
   * Decodes a header value.
   *
   * @param header the {@code Authorization} header value, or null when the request has none
   * @return the credentials, or empty when the header is missing or malformed
   */
  public static Optional<BasicAuthorization> parse(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String trimmed = header.strip();
    int space = trimmed.indexOf(' ');
    // The scheme name is case-insensitive (RFC 7235 section 2.1).
    if (space < 0 || !trimmed.substring(0, space).toLowerCase(Locale.ROOT).equals(SCHEME)) {
      return Optional.empty();
    }
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(trimmed.substring(space + 1).strip());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return StrictUtf8.decode(decoded).flatMap(BasicAuthorization::split);
  }

  private static Optional<BasicAuthorization> split(String userPass) {
    int colon = userPass.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    return Optional.of(
        new BasicAuthorization(userPass.substring(0, colon), userPass.substring(colon + 1)));
  }

  /**
   * Shows the user name only.
   *
   * @return {@code BasicAuthorization[username=NAME, password=<redacted>]}
   */
  @Override
  public String toString() {
    return "BasicAuthorization[username=" + username + ", password=<redacted>]";
  }
}
