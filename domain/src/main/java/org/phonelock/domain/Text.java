package org.phonelock.domain;

/**
 * Text rules shared by every value that travels to the Phone Lock API.
 *
 * <p>Values go on the wire as UTF-8 (api-contract.md, "Filters" and "Authentication"); a string
 * with an unpaired UTF-16 surrogate has no UTF-8 form, so it is refused rather than silently
 * replaced by {@code ?}.
 */
public final class Text {
  private static final int DOTTED_CAPITAL_I = 0x130;

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
   * The key two values compare by (api-contract.md, "Filters": values match "case-insensitively":
   * each code point mapped with the Unicode default lowercase mapping, locale-independent, never
   * through uppercase, no normalisation; then compared exactly). Two strings match exactly when
   * their keys are equal. Used for filter values, departments and user names.
   *
   * <p>Why not {@link String#equalsIgnoreCase}: it also compares the <em>uppercase</em> forms, so
   * the Turkish dotless {@code ı} (uppercase {@code I}) and the long {@code ſ} (uppercase {@code
   * S}) would match ASCII letters, and {@code --department ıt} would lock department {@code IT}.
   *
   * <p>Per code point, the default (full, unconditional) lowercase mapping equals {@link
   * Character#toLowerCase(int)} (UnicodeData.txt) except for U+0130 {@code İ}, whose entry in
   * SpecialCasing.txt is {@code i} + U+0307 COMBINING DOT ABOVE; the conditional mappings (final
   * sigma, Lithuanian, Turkish) depend on context or language and do not apply. An unpaired
   * surrogate is kept as is.
   *
   * @param text any string
   * @return the lowercase key; {@code İ} becomes two chars, every other code point keeps its
   *     length in chars
   */
  public static String caseKey(String text) {
    int i = 0;
    // Fast path: most values are ASCII, whose key is the ASCII lowercase.
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
        break;
      }
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder key = new StringBuilder(text.length()).append(text, 0, i);
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (cp == DOTTED_CAPITAL_I) {
        key.append("i\u0307");
      } else {
        key.appendCodePoint(Character.toLowerCase(cp));
      }
      i += Character.charCount(cp);
    }
    return key.toString();
  }

  /**
   * Tells whether two values match under the contract's comparison ({@link #caseKey}).
   *
   * @param a any string
   * @param b any string
   * @return true when {@code caseKey(a).equals(caseKey(b))}
   */
  public static boolean matchesIgnoringCase(String a, String b) {
    return caseKey(a).equals(caseKey(b));
  }

  /**
   * Tells whether {@code text} says nothing visible: it is empty, or each of its code points is
   * Unicode {@code White_Space} (PropList.txt), {@code Default_Ignorable_Code_Point}
   * (DerivedCoreProperties.txt), such as NBSP, zero-width space, a Hangul filler or a variation
   * selector, or a {@linkplain #isBlankGlyph blank glyph}. api-contract.md, "Filters", refuses
   * such a filter value: it can only be a mistake.
   *
   * @param text any string
   * @return true when no code point of {@code text} is visible
   */
  public static boolean isBlankOrInvisible(String text) {
    return text.codePoints()
        .allMatch(cp -> isWhiteSpace(cp) || isDefaultIgnorable(cp) || isBlankGlyph(cp));
  }

  /**
   * A graphic character that is drawn as nothing but is neither {@code White_Space} nor {@code
   * Default_Ignorable_Code_Point}: U+2800 BRAILLE PATTERN BLANK (a dot pattern with no dots,
   * category So; Unicode 15.1, section 21.1, "Braille"), a known way to make an "empty" name
   * that looks like none. U+180E MONGOLIAN VOWEL SEPARATOR, once a space, is already default
   * ignorable.
   */
  static boolean isBlankGlyph(int cp) {
    return cp == 0x2800;
  }

  /** Unicode's {@code White_Space} property (PropList.txt, Unicode 15.1; 25 code points). */
  static boolean isWhiteSpace(int cp) {
    return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680
        || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F
        || cp == 0x205F || cp == 0x3000;
  }

  /**
   * Unicode's derived {@code Default_Ignorable_Code_Point} property (DerivedCoreProperties.txt,
   * Unicode 15.1), which the JDK does not expose.
   */
  static boolean isDefaultIgnorable(int cp) {
    return cp == 0xAD || cp == 0x34F || cp == 0x61C || cp == 0x115F || cp == 0x1160
        || cp == 0x17B4 || cp == 0x17B5 || (cp >= 0x180B && cp <= 0x180F)
        || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2060 && cp <= 0x206F) || cp == 0x3164 || (cp >= 0xFE00 && cp <= 0xFE0F)
        || cp == 0xFEFF || cp == 0xFFA0 || (cp >= 0xFFF0 && cp <= 0xFFF8)
        || (cp >= 0x1BCA0 && cp <= 0x1BCA3) || (cp >= 0x1D173 && cp <= 0x1D17A)
        || (cp >= 0xE0000 && cp <= 0xE0FFF);
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
