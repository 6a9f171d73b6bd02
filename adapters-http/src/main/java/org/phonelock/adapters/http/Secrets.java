package org.phonelock.adapters.http;

import org.phonelock.domain.Credentials;

/**
 * The secret texts of one client, the password and the {@code Authorization} value, so that text
 * from the server can be cleaned of them: secrets never appear in results, logs or errors (common
 * rules), even when a misbehaving server echoes the request.
 */
final class Secrets {
  static final String REDACTED = "<redacted>";

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
   * Replaces every occurrence of the password and of the base64 credentials with {@code
   * <redacted>}.
   *
   * @param text any text, e.g. a server message
   * @return the text without secrets
   */
  String scrub(String text) {
    String clean = text.replace(token, REDACTED);
    return password.isEmpty() ? clean : clean.replace(password, REDACTED);
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
