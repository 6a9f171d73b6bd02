package org.phonelock.domain;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * The one place that shortens URLs and strips credentials from text before it is shown or logged
 * (README, "Monitoring and alerts": notification URLs often carry a token, so they appear only as {@code
 * scheme://host/…}).
 */
public final class Redaction {
  private static final Pattern URL_USER_INFO =
      Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s@]*@");
  private static final Pattern AUTHORIZATION =
      Pattern.compile("(?i)\\b(authorization:?\\s*(basic|bearer)\\s+)\\S+");

  private Redaction() {}

  /**
   * A URL reduced to its scheme, host and port.
   *
   * @param url any URL
   * @return e.g. {@code https://hooks.example.com/…}; {@code <url>} when it has no host
   */
  public static String url(URI url) {
    if (url.getHost() == null) {
      return "<url>";
    }
    return url.getScheme() + "://" + url.getHost()
        + (url.getPort() >= 0 ? ":" + url.getPort() : "")
        + (url.getRawPath() == null || url.getRawPath().isEmpty() ? "" : "/…");
  }

  /**
   * Text with the user info of any URL and any Authorization value removed.
   *
   * @param text e.g. an error message
   * @return the same text, with {@code user:password@} and credentials after {@code Basic} or
   *     {@code Bearer} replaced
   */
  public static String text(String text) {
    String noUserInfo = URL_USER_INFO.matcher(text).replaceAll("$1");
    return AUTHORIZATION.matcher(noUserInfo).replaceAll("$1<redacted>");
  }
}
