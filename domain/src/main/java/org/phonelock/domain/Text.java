package org.phonelock.domain;

/**
 * Text rules shared by every value that travels to the Phone Lock API.
 *
 * <p>Values go on the wire as UTF-8 (api-contract.md, "Filters" and "Authentication"); a string
 * with an unpaired UTF-16 surrogate has no UTF-8 form, so it is refused rather than silently
 * replaced by {@code ?}.
 */
public final class Text {
  private Text() {}

  /**
   * Tells whether {@code text} can be encoded as UTF-8 without loss.
   *
   * @param text any string, not null
   * @return true when every surrogate in {@code text} is part of a pair
   */
  public static boolean isWellFormedUtf16(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Folds {@code text} so that two strings are equal after folding exactly when {@link
   * String#equalsIgnoreCase} holds between them: each code point is upper-cased then lower-cased
   * (a surrogate pair is one code point, as {@code equalsIgnoreCase} compares supplementary
   * characters since Java 16; an unpaired surrogate is kept as is). Used for the contract's
   * case-insensitive comparison of field values and user names (api-contract.md, "Filters":
   * "values match a user's field case-insensitively and otherwise exactly (no trimming)").
   * Locale-independent.
   *
   * @param text any string, not null
   * @return the folded key; same length as {@code text}
   */
  public static String foldCase(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    text.codePoints()
        .forEach(cp -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
    return folded.toString();
  }

  /**
   * Quotes {@code text} for one-line summaries and logs: wraps it in {@code "}, escapes {@code "}
   * and {@code \} with a backslash, and writes control characters (C0, DEL, C1, line and
   * paragraph separators) as a backslash, {@code u} and four hex digits. Everything else is kept.
   *
   * @param text any string, not null
   * @return the quoted form, on one line
   */
  public static String quote(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
