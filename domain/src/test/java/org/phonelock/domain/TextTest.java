package org.phonelock.domain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Text}: the UTF-8 encodability check and the case fold behind field comparisons. */
class TextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"", "a", "R&D", "straße", "\uD83D\uDE00", "a\uD801\uDC00b", "\uDBFF\uDFFF"})
  void wellFormedTextIsAccepted(String text) {
    assertThat(Text.isWellFormedUtf16(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"\uD83D", "\uDE00", "\uDE00\uD83D", "a\uD83Db", "\uD83D\uD83D\uDE00", "x\uDFFF"})
  void unpairedSurrogatesAreRefused(String text) {
    assertThat(Text.isWellFormedUtf16(text)).isFalse();
  }

  @Property(tries = 5000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void wellFormedExactlyWhenUtf8RoundTripIsLossless(@ForAll("anyUtf16") String text) {
    boolean lossless = new String(text.getBytes(UTF_8), UTF_8).equals(text);
    Statistics.label("well-formed").collect(lossless);
    assertThat(Text.isWellFormedUtf16(text)).isEqualTo(lossless);
    Statistics.label("well-formed").coverage(c -> {
      c.check(true).count(n -> n > 500);
      c.check(false).count(n -> n > 500);
    });
  }

  @ParameterizedTest
  @CsvSource({"R&D, r&d", "Qualité, QUALITÉ", "ẞ, ß", "Σ, σ", "Ǆ, ǆ", "ǅ, ǆ", "Ÿ, ÿ",
    "Ω, ω", "ДОМ, дом", "ΚΑΛΗΜΕΡΑ, καλημερα", "Ⴀ, ⴀ", "ა, Ა", "İ, i̇",
    "İSTANBUL, i̇stanbul", "K, k", "\uD801\uDC00, \uD801\uDC28",
    "x\uD801\uDCB0y, X\uD801\uDCD8Y", "\uD83A\uDD00, \uD83A\uDD22"})
  void caseVariantsMatch(String a, String b) {
    assertThat(Text.matchesIgnoringCase(a, b)).isTrue();
    assertThat(Text.caseKey(a)).isEqualTo(Text.caseKey(b));
  }

  // api-contract.md, "Filters": letters whose uppercase merges with another letter stay
  // distinct; String.equalsIgnoreCase matches every pair below except the last six.
  @ParameterizedTest
  @CsvSource({"ıt, IT", "ı, i", "ſales, Sales", "ſ, s", "Σ, ς", "σ, ς", "İ, i", "µ, μ",
    "İSTANBUL, istanbul", "R&D, ' R&D'", "R&D, 'R&D '", "ß, ss", "straße, STRASSE",
    "a, á", "é, é"})
  void lettersThatOnlyShareAnUppercaseStayDistinct(String a, String b) {
    assertThat(Text.matchesIgnoringCase(a, b)).isFalse();
    assertThat(Text.caseKey(a)).isNotEqualTo(Text.caseKey(b));
  }

  @Test
  void theKeyOfEveryCodePointIsItsDefaultLowercaseMapping() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
        continue;
      }
      String text = new String(Character.toChars(cp));
      // String.toLowerCase(Locale.ROOT) of a lone code point: the full default mapping of
      // UnicodeData.txt and SpecialCasing.txt, no context (final sigma) and no language rules.
      String expected = text.toLowerCase(Locale.ROOT);
      if (!Text.caseKey(text).equals(expected)) {
        throw new AssertionError(String.format("U+%04X: key %s, expected %s", cp,
            Text.quote(Text.caseKey(text)), Text.quote(expected)));
      }
    }
  }

  @Test
  void onlyTheKelvinSignLowercasesIntoAscii() {
    StringBuilder found = new StringBuilder();
    for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
      if (cp <= 0xFFFF && Character.isSurrogate((char) cp)) {
        continue;
      }
      String key = Text.caseKey(new String(Character.toChars(cp)));
      if (key.chars().allMatch(c -> c < 0x80)) {
        found.append(String.format("U+%04X ", cp));
      }
    }
    // U+212A KELVIN SIGN lowercases to k in UnicodeData.txt; the contract takes the mapping as
    // is. Every other look-alike (ı, ſ, İ) keeps a non-ASCII key and so matches no ASCII value.
    assertThat(found.toString().trim()).isEqualTo("U+212A");
  }

  @Test
  void keyIgnoresTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(Text.caseKey("TITLE")).isEqualTo("title");
      assertThat(Text.caseKey("I")).isEqualTo("i");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Property(tries = 5000)
  void keyIsTheLowercaseOfEachCodePoint(@ForAll("anyUtf16") String text) {
    assertThat(Text.caseKey(text)).isEqualTo(TextArbitraries.lowercasePerCodePoint(text));
  }

  @Property(tries = 5000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void caseVariantsOfAsciiAndLatinTextMatch(@ForAll("bmpPairs") Tuple2<String, String> pair) {
    boolean matches = Text.matchesIgnoringCase(pair.get1(), pair.get2());
    assertThat(Text.matchesIgnoringCase(pair.get2(), pair.get1())).isEqualTo(matches);
    Statistics.label("matches").collect(matches);
    Statistics.label("matches").coverage(c -> {
      c.check(true).count(n -> n > 1000);
      c.check(false).count(n -> n > 1000);
    });
  }

  @Property(tries = 3000)
  void keyIsIdempotentAndKeepsWellFormedTextWellFormed(@ForAll("wellFormed") String text) {
    assertThat(Text.caseKey(Text.caseKey(text))).isEqualTo(Text.caseKey(text));
    assertThat(Text.isWellFormedUtf16(Text.caseKey(text))).isTrue();
  }

  @Test
  void whiteSpaceIsUnicodesWhiteSpaceProperty() {
    java.util.regex.Pattern whiteSpace = java.util.regex.Pattern.compile("\\p{IsWhite_Space}");
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean expected = whiteSpace.matcher(new String(Character.toChars(cp))).matches();
      if (Text.isWhiteSpace(cp) != expected) {
        throw new AssertionError(String.format("U+%04X: expected %s", cp, expected));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   ", "\t", "\u00A0", "\u200B", "\u200B\u00A0 ", "\uFEFF",
    "\u2060", "\u200D", "\u3000", "\u180E", "\u00AD", "\u034F", "\uFE0F", "\u2028",
    "\uDB40\uDC01", "\u115F", "\u3164", "\uFFA0", "\u2800", "\u2800\u2800 \u200B"})
  void blankOrInvisibleTextSaysNothing(String text) {
    assertThat(Text.isBlankOrInvisible(text)).isTrue();
  }

  /**
   * Characters drawn as nothing, known to pass for an empty name: the Braille pattern blank, the
   * Hangul fillers, the Mongolian vowel separator, the spaces, zero-width and directional marks
   * of General Punctuation, the word joiner and invisible operators, the byte order mark.
   */
  @ParameterizedTest
  @MethodSource("invisibleCodePoints")
  void eachInvisibleCodePointSaysNothingAloneOrRepeated(int cp) {
    String one = new String(Character.toChars(cp));
    assertThat(Text.isBlankOrInvisible(one)).as("U+%04X", cp).isTrue();
    assertThat(Text.isBlankOrInvisible(one + " " + one)).as("U+%04X twice", cp).isTrue();
    assertThat(Text.isBlankOrInvisible(one + "x")).as("U+%04X before x", cp).isFalse();
  }

  static java.util.stream.IntStream invisibleCodePoints() {
    return java.util.stream.IntStream.concat(
        java.util.stream.IntStream.of(0x2800, 0x3164, 0x115F, 0x1160, 0xFFA0, 0x180E, 0xFEFF),
        java.util.stream.IntStream.concat(java.util.stream.IntStream.rangeClosed(0x2000, 0x200F),
            java.util.stream.IntStream.rangeClosed(0x205F, 0x206F)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", " a ", "\u00A0x", "R&D", "\u0301", ".", "\u200Bı", "\uD83D\uDE00",
    "\u2801", "\u2800x"})
  void textWithOneVisibleCodePointSaysSomething(String text) {
    assertThat(Text.isBlankOrInvisible(text)).isFalse();
  }

  @Property(tries = 2000)
  void anyTextWithALetterOrDigitIsVisible(@ForAll("wellFormed") String text) {
    boolean hasLetterOrDigit = text.codePoints().anyMatch(Character::isLetterOrDigit);
    if (hasLetterOrDigit) {
      assertThat(Text.isBlankOrInvisible(text)).isFalse();
    }
  }

  @Provide
  Arbitrary<String> anyUtf16() {
    return TextArbitraries.anyUtf16Text();
  }

  @Provide
  Arbitrary<String> wellFormed() {
    return TextArbitraries.wellFormedText();
  }

  @Provide
  Arbitrary<Tuple2<String, String>> bmpPairs() {
    Arbitrary<String> text = TextArbitraries.bmpOnlyText();
    Arbitrary<Random> randoms = Arbitraries.randoms();
    return Arbitraries.oneOf(
        Combinators.combine(text, text).as(Tuple::of),
        Combinators.combine(text, randoms)
            .as((a, random) -> Tuple.of(a, TextArbitraries.caseVariant(a, random))));
  }
}
