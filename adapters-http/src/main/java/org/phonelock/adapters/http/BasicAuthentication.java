package org.phonelock.adapters.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.phonelock.domain.Credentials;

/**
 * The {@code Authorization} header of HTTP Basic authentication with UTF-8 credentials (RFC 7617
 * {@code charset="UTF-8"}; api-contract.md, "Authentication"). Written here rather than taken from
 * Jersey's {@code HttpAuthenticationFeature}, which encodes ISO-8859-1 and so breaks any
 * non-Latin-1 password.
 */
final class BasicAuthentication {
  /** How the header is shown in logs and previews: the scheme only, never the credentials. */
  static final String REDACTED = "Basic <redacted>";

  private BasicAuthentication() {}

  /**
   * The header value for {@code credentials}.
   *
   * @param credentials user name and password; {@link Credentials} guarantees that the user name
   *     holds no {@code :} (RFC 7617 section 2) and that both have a UTF-8 form
   * @return {@code Basic } followed by the standard base64 (RFC 4648 section 4, padded) of the UTF-8
   *     bytes of {@code user ":" password}
   */
  static String headerValue(Credentials credentials) {
    String userPass = credentials.username() + ":" + credentials.password();
    return "Basic "
        + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8));
  }
}
