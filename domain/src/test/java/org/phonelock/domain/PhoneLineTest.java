package org.phonelock.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link PhoneLine}: the directory-file form {@code extension} or {@code extension@partition}. */
class PhoneLineTest {

  @Test
  void parsesAnExtensionWithoutPartition() {
    PhoneLine line = PhoneLine.parse("1001");
    assertThat(line.extension()).isEqualTo("1001");
    assertThat(line.partition()).isEmpty();
    assertThat(line).isEqualTo(PhoneLine.of("1001")).hasToString("1001");
  }

  @Test
  void parsesAnExtensionInAPartition() {
    PhoneLine line = PhoneLine.parse("+39 0471 1001@PT_Internal");
    assertThat(line.extension()).isEqualTo("+39 0471 1001");
    assertThat(line.partition()).contains("PT_Internal");
    assertThat(line).isEqualTo(PhoneLine.of("+39 0471 1001", "PT_Internal"));
    assertThat(line).hasToString("+39 0471 1001@PT_Internal");
  }

  @Test
  void theFirstAtSignSeparatesExtensionFromPartition() {
    PhoneLine line = PhoneLine.parse("1001@PT@Site");
    assertThat(line.extension()).isEqualTo("1001");
    assertThat(line.partition()).contains("PT@Site");
    assertThat(line).hasToString("1001@PT@Site");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "'';extension must not be empty",
        "@PT;extension must not be empty",
        "1001@;partition must not be empty",
        "' 1001';extension ' 1001' has leading or trailing whitespace",
        "'1001\t';has leading or trailing whitespace",
        "'1001@PT ';partition 'PT ' has leading or trailing whitespace",
        "'1001 @PT';extension '1001 ' has leading or trailing whitespace",
        "10|01;extension '10|01' must not contain '|'",
        "1001@PT|2;partition 'PT|2' must not contain '|'",
      })
  void malformedLinesAreRefusedNamingThePart(String text, String message) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PhoneLine.parse(text))
        .withMessageContaining(message);
  }

  @Test
  void anExtensionMayNotHoldAnAtSign() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PhoneLine.of("10@01", "PT"))
        .withMessage("extension '10@01' must not contain '@'");
  }

  @Test
  void nullPartsAreRefused() {
    assertThatNullPointerException().isThrownBy(() -> new PhoneLine(null, Optional.empty()));
    assertThatNullPointerException().isThrownBy(() -> new PhoneLine("1001", null));
  }

  @Property(tries = 5000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void parseAcceptsExactlyTheWellFormedLinesAndKeepsTheirText(@ForAll("lineTexts") String text) {
    boolean wellFormed = isWellFormedLine(text);
    Statistics.label("well-formed").collect(wellFormed);
    if (wellFormed) {
      assertThat(PhoneLine.parse(text)).hasToString(text);
    } else {
      assertThatIllegalArgumentException().isThrownBy(() -> PhoneLine.parse(text));
    }
    Statistics.label("well-formed").coverage(c -> {
      c.check(true).count(n -> n > 500);
      c.check(false).count(n -> n > 500);
    });
  }

  @Property(tries = 3000)
  void parseInvertsToString(
      @ForAll("parts") String extension, @ForAll("optionalParts") Optional<String> partition) {
    PhoneLine line = new PhoneLine(extension.replace("@", ""), partition);
    assertThat(PhoneLine.parse(line.toString())).isEqualTo(line);
  }

  /** The rule of api-contract.md, "The user directory", restated without the code under test. */
  private static boolean isWellFormedLine(String text) {
    int at = text.indexOf('@');
    String extension = at < 0 ? text : text.substring(0, at);
    return isWellFormedPart(extension) && (at < 0 || isWellFormedPart(text.substring(at + 1)));
  }

  private static boolean isWellFormedPart(String part) {
    return !part.isEmpty()
        && !Character.isWhitespace(part.charAt(0))
        && !Character.isWhitespace(part.charAt(part.length() - 1))
        && part.indexOf('|') < 0;
  }

  @Provide
  Arbitrary<String> lineTexts() {
    return Arbitraries.strings().withChars("0123456789+#*PTabé@@|  \t\u2003\u00A0").ofMaxLength(10);
  }

  @Provide
  Arbitrary<String> parts() {
    return Arbitraries.oneOf(lineTexts(), TextArbitraries.wellFormedText())
        .filter(part -> isWellFormedPart(part.replace("@", "")));
  }

  @Provide
  Arbitrary<Optional<String>> optionalParts() {
    return parts().optional();
  }
}
