package org.phonelock.adapters.http;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Generators of well-formed Unicode text biased towards what breaks URL and header encoding:
 * reserved URI characters, URI-template braces, text that looks percent-encoded, {@code +},
 * spaces, controls, emoji (surrogate pairs) and any other code point.
 */
final class Texts {
  private static final List<String> RESERVED =
      List.of(":", "/", "?", "#", "[", "]", "@", "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=");

  private Texts() {}

  /** Non-empty text built from 1 to 12 tricky pieces. */
  static Arbitrary<String> tricky() {
    return piece().list().ofMinSize(1).ofMaxSize(12).map(pieces -> String.join("", pieces));
  }

  /** Like {@link #tricky()} but without control characters (RFC 7617), for a password. */
  static Arbitrary<String> credential() {
    return tricky().map(s -> s.replaceAll("[\\x00-\\x1F\\x7F]", "")).filter(s -> !s.isEmpty());
  }

  /** Like {@link #credential()} but without {@code :}, as a Basic user name must be. */
  static Arbitrary<String> userName() {
    return credential().map(s -> s.replace(":", "")).filter(s -> !s.isEmpty());
  }

  /** Like {@link #tricky()} but never a value a filter refuses (blank or invisible only). */
  static Arbitrary<String> filterValue() {
    return tricky().filter(s -> !org.phonelock.domain.Text.isBlankOrInvisible(s));
  }

  @SuppressWarnings("unchecked")
  private static Arbitrary<String> piece() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, anyCodePoint()),
        Tuple.of(3, Arbitraries.of(RESERVED)),
        Tuple.of(2, Arbitraries.of("{", "}", "{x}", "{department}", "${x}")),
        Tuple.of(3, percentLookalike()),
        Tuple.of(2, Arbitraries.of("+", " ", "  ", "%", "%%", "%2", "%zz", "+%20", "\\")),
        Tuple.of(2, emoji()),
        Tuple.of(2, control()),
        Tuple.of(3, Arbitraries.strings().alpha().numeric().withChars("-._~").ofMinLength(1).ofMaxLength(5)));
  }

  private static Arbitrary<String> anyCodePoint() {
    return Arbitraries.integers()
        .between(0, Character.MAX_CODE_POINT)
        .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
        .map(Character::toString);
  }

  private static Arbitrary<String> percentLookalike() {
    return Arbitraries.strings().withChars("0123456789ABCDEFabcdef").ofLength(2).map(h -> "%" + h);
  }

  private static Arbitrary<String> emoji() {
    Arbitrary<String> single = Arbitraries.integers().between(0x1F300, 0x1FAFF).map(Character::toString);
    return Arbitraries.oneOf(single, Arbitraries.of("👩‍💻", "🇮🇹", "👍🏽", "𝄞", "\uD83D\uDE00"));
  }

  private static Arbitrary<String> control() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 0x1F).map(Character::toString),
        Arbitraries.integers().between(0x7F, 0x9F).map(Character::toString),
        Arbitraries.of("\r\n", "\u2028", "\u202E", "\uFEFF", "\u200B"));
  }
}
