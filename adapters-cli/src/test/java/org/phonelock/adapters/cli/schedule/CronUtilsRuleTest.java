package org.phonelock.adapters.cli.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The cron-utils adapter: 5-field UNIX cron on the wall clock, no zone rules. */
class CronUtilsRuleTest {
  private static List<String> matches(String expression, String after, int count) {
    CronUtilsRule rule = CronUtilsRule.parse(expression);
    List<String> shown = new ArrayList<>();
    LocalDateTime cursor = LocalDateTime.parse(after);
    for (int i = 0; i < count; i++) {
      cursor = rule.nextMatchAfter(cursor).orElseThrow();
      shown.add(cursor + " " + cursor.getDayOfWeek().toString().substring(0, 3));
    }
    return shown;
  }

  @Test
  void weekdayEveningsAndStrictlyAfter() {
    assertThat(matches("0 19 * * MON-FRI", "2026-03-27T19:00", 3))
        .containsExactly("2026-03-30T19:00 MON", "2026-03-31T19:00 TUE", "2026-04-01T19:00 WED");
    assertThat(matches("0 19 * * MON-FRI", "2026-03-27T18:59:59.999", 1))
        .containsExactly("2026-03-27T19:00 FRI");
  }

  @Test
  void namesAreCaseInsensitiveAndSundayIsZeroOrSeven() {
    assertThat(matches("30 7 * * mon-fri", "2026-03-28T00:00", 1))
        .containsExactly("2026-03-30T07:30 MON");
    assertThat(matches("0 12 * * 0", "2026-03-28T00:00", 1))
        .isEqualTo(matches("0 12 * * 7", "2026-03-28T00:00", 1))
        .isEqualTo(matches("0 12 * * SUN", "2026-03-28T00:00", 1));
  }

  @Test
  void restrictedDayOfMonthAndDayOfWeekMatchEitherAsInVixieCron() {
    // The 13th or any Friday.
    assertThat(matches("0 0 13 * FRI", "2026-01-01T00:00", 4)).containsExactly(
        "2026-01-02T00:00 FRI", "2026-01-09T00:00 FRI", "2026-01-13T00:00 TUE",
        "2026-01-16T00:00 FRI");
  }

  @Test
  void theWallClockHasNoDstGap() {
    // 02:30 on 2026-03-29 does not exist in Rome; the rule knows no zone and matches it anyway,
    // leaving the DST rules to the application layer.
    assertThat(matches("30 2 * * *", "2026-03-29T00:00", 1))
        .containsExactly("2026-03-29T02:30 SUN");
  }

  @Test
  void anExpressionThatNeverMatchesGivesNothing() {
    assertThat(CronUtilsRule.parse("0 0 30 2 *").nextMatchAfter(LocalDateTime.parse(
        "2026-01-01T00:00"))).isEmpty();
    assertThat(matches("0 0 29 2 *", "2026-01-01T00:00", 1))
        .containsExactly("2028-02-29T00:00 TUE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0 19 * *", "0 19 * * * *", "60 19 * * *", "0 24 * * *",
      "0 19 * 13 *", "0 19 * * 8", "0 19 ? * *", "0 19 L * *", "@daily", "0 19 * * MON-FRX",
      "", "   "})
  void invalidExpressionsAreRefusedWithTheExpectedShape(String expression) {
    assertThatThrownBy(() -> CronUtilsRule.parse(expression))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not accepted")
        .hasMessageContaining("expected 5 fields: minute hour day-of-month month day-of-week");
  }

  @ParameterizedTest
  @CsvSource({"' 0 19 * * MON-FRI ', 0 19 * * MON-FRI", "*/15 * * * *, */15 * * * *"})
  void theExpressionIsKeptAsWrittenWithoutOuterSpaces(String written, String kept) {
    assertThat(CronUtilsRule.parse(written).expression()).isEqualTo(kept);
  }
}
