package org.phonelock.adapters.http;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short, safe message from an error answer's body. The contract's error bodies are JSON {@code
 * {"error":"...","message":"..."}} (api-contract.md, "Responses"), but every body is optional and
 * a real server (IIS, a proxy) may send HTML or plain text, so anything else is shown as a short
 * plain excerpt.
 */
final class ServerMessage {
  /** The longest message kept, in code points. */
  static final int MAX_LENGTH = 200;

  private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  // ISO controls, and the bidi controls that can make a terminal show text out of order.
  private static final Pattern CONTROLS =
      Pattern.compile("[\\p{Cc}\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\s]+");

  private ServerMessage() {}

  /**
   * The message of an error body.
   *
   * @param body the body as text, possibly empty
   * @param secrets the secrets to remove from it
   * @return the JSON {@code message} (else {@code error}) string when the body is such an object;
   *     the page title (else its text) when the body is HTML; else the body itself; in every case
   *     cleaned by {@link #clean}; withheld whole when it holds a secret ({@link Secrets#scrub})
   */
  static String of(String body, Secrets secrets) {
    String text = jsonMessage(body).orElseGet(() -> html(body).orElse(body));
    // Again after cleaning: folding white space can turn "a\nb" into a password "a b".
    return secrets.scrub(clean(secrets.scrub(text)));
  }

  /**
   * Makes server text safe to show on one line.
   *
   * @param text any text
   * @return the text with each run of white space and control characters turned into one space,
   *     trimmed, and cut to {@value #MAX_LENGTH} code points (then ending in {@code …})
   */
  static String clean(String text) {
    String line = CONTROLS.matcher(text).replaceAll(" ").strip();
    if (line.codePointCount(0, line.length()) <= MAX_LENGTH) {
      return line;
    }
    return line.substring(0, line.offsetByCodePoints(0, MAX_LENGTH)).stripTrailing() + "…";
  }

  private static Optional<String> jsonMessage(String body) {
    return JsonMembers.of(body)
        .flatMap(json -> json.string("message").or(() -> json.string("error")));
  }

  private static Optional<String> html(String body) {
    if (!body.stripLeading().startsWith("<")) {
      return Optional.empty();
    }
    Matcher title = TITLE.matcher(body);
    return Optional.of(title.find() ? title.group(1) : TAG.matcher(body).replaceAll(" "));
  }
}
