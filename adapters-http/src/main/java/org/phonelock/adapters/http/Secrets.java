package org.phonelock.adapters.http;

import org.phonelock.domain.Credentials;

/**
 * The secret texts of one client, the password and the {@code Authorization} value, so that text
 * from the server can be cleaned of them: secrets never appear in results, logs or errors (common
 * rules), even when a misbehaving server echoes the request.
 */
final class Secrets {
  static final String REDACTED = "<redacted>";
  /** What stands for a server text that held a secret. */
  static final String WITHHELD = "<withheld: the server's text holds the credentials>";

  private final String password;
  private final String authorization;
  private final String token;

  /**
   * Keeps the secrets of {@code credentials}.
   *
   * @param credentials the client's credentials
   * @param authorization the {@code Authorization} header value sent with them
   */
  Secrets(Credentials credentials, String authorization) {
    this.password = credentials.password();
    this.authorization = authorization;
    this.token = authorization.substring(authorization.indexOf(' ') + 1);
  }

  /**
   * The header value to send.
   *
   * @return {@code Basic <base64>}
   */
  String authorization() {
    return authorization;
  }

  /**
   * A server text without the secrets: withheld whole when it holds the password or the base64
   * credentials. Replacing only the secret would show the text around it: in "a user that has a
   * <redacted>" a reader learns that the password is "password", and a one-letter password would
   * turn every occurrence of that letter into a marker, the marker's own letters included.
   *
   * @param text any text, e.g. a server message
   * @return {@code text}, or {@value #WITHHELD} when it holds a secret
   */
  String scrub(String text) {
    boolean holds = !text.equals(WITHHELD)
        && (text.contains(token) || (!password.isEmpty() && text.contains(password)));
    return holds ? WITHHELD : text;
  }

  /**
   * Shows no secret.
   *
   * @return {@code Secrets[<redacted>]}
   */
  @Override
  public String toString() {
    return "Secrets[" + REDACTED + "]";
  }
}
