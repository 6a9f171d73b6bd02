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
  @CsvSource({"ß, ẞ", "Σ, σ", "Σ, ς", "σ, ς", "İ, i", "ı, I", "ı, i", "K, k", "ſ, s", "Ǆ, ǆ",
    "ǅ, ǆ", "ÿ, Ÿ", "µ, μ", "Ω, ω", "ДОМ, дом", "ΚΑΛΗΜΕΡΑ, καλημερα", "Ⴀ, ⴀ", "ა, Ა",
    "İSTANBUL, istanbul"})
  void caseVariantsFoldAlike(String a, String b) {
    assertThat(a.equalsIgnoreCase(b)).isTrue();
    assertThat(Text.foldCase(a)).isEqualTo(Text.foldCase(b));
  }

  @ParameterizedTest
  @CsvSource({"R&D, ' R&D'", "R&D, 'R&D '", "ß, ss", "straße, STRASSE", "a, á", "i, \u0131\u0307"})
  void differentTextsFoldDifferently(String a, String b) {
    assertThat(Text.foldCase(a)).isNotEqualTo(Text.foldCase(b));
  }

  @Test
  void foldIgnoresTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(Text.foldCase("TITLE")).isEqualTo(Text.foldCase("title"));
      assertThat(Text.foldCase("I")).isEqualTo(Text.foldCase("i"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Property(tries = 5000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void foldAgreesWithEqualsIgnoreCaseOnBmpText(@ForAll("bmpPairs") Tuple2<String, String> pair) {
    String a = pair.get1();
    String b = pair.get2();
    boolean equalIgnoringCase = a.equalsIgnoreCase(b);
    Statistics.label("equalsIgnoreCase").collect(equalIgnoringCase);
    assertThat(Text.foldCase(a).equals(Text.foldCase(b))).isEqualTo(equalIgnoringCase);
    assertThat(Text.foldCase(b).equals(Text.foldCase(a))).isEqualTo(equalIgnoringCase);
    Statistics.label("equalsIgnoreCase").coverage(c -> {
      c.check(true).count(n -> n > 1000);
      c.check(false).count(n -> n > 1000);
    });
  }

  @Property(tries = 5000)
  void foldKeepsTheLength(@ForAll("anyUtf16") String text) {
    assertThat(Text.foldCase(text)).hasSameSizeAs(text);
  }

  @Property(tries = 3000)
  void foldKeepsWellFormedTextWellFormed(@ForAll("wellFormed") String text) {
    assertThat(Text.isWellFormedUtf16(Text.foldCase(text))).isTrue();
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
