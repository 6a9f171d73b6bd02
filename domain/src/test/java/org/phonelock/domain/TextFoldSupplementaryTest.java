package org.phonelock.domain;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Text#foldCase} on text with supplementary characters (Deseret, Osage, Adlam). */
class TextFoldSupplementaryTest {

  @ParameterizedTest
  @CsvSource({"\uD801\uDC00, \uD801\uDC28", "x\uD801\uDCB0y, X\uD801\uDCD8Y", "\uD83A\uDD00, \uD83A\uDD22"})
  void supplementaryCaseVariantsFoldAlike(String a, String b) {
    assertThat(a.equalsIgnoreCase(b)).isTrue();
    assertThat(Text.foldCase(a)).isEqualTo(Text.foldCase(b));
  }

  @Property(tries = 5000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void foldAgreesWithEqualsIgnoreCaseOnAnyText(@ForAll("pairs") Tuple2<String, String> pair) {
    String a = pair.get1();
    String b = pair.get2();
    boolean equalIgnoringCase = a.equalsIgnoreCase(b);
    Statistics.label("equalsIgnoreCase").collect(equalIgnoringCase);
    assertThat(Text.foldCase(a).equals(Text.foldCase(b))).isEqualTo(equalIgnoringCase);
    Statistics.label("equalsIgnoreCase").coverage(c -> {
      c.check(true).count(n -> n > 1000);
      c.check(false).count(n -> n > 1000);
    });
  }

  @Provide
  Arbitrary<Tuple2<String, String>> pairs() {
    Arbitrary<String> text =
        Arbitraries.oneOf(TextArbitraries.anyUtf16Text(), TextArbitraries.wellFormedText());
    Arbitrary<Random> randoms = Arbitraries.randoms();
    return Arbitraries.oneOf(
        Combinators.combine(text, text).as(Tuple::of),
        Combinators.combine(text, randoms)
            .as((a, random) -> Tuple.of(a, TextArbitraries.caseVariant(a, random))));
  }
}
