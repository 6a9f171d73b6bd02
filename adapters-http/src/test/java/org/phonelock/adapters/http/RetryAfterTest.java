package org.phonelock.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("1994-11-06T08:49:00Z");

  @Test
  void readsSeconds() {
    assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
  }

  @Test
  void readsAnAbsurdNumberOfSecondsAsTheLongestWait() {
    assertThat(RetryAfter.parse("99999999999999999999999", NOW))
        .contains(Duration.ofSeconds(Long.MAX_VALUE));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sun, 06 Nov 1994 08:49:37 GMT", // IMF-fixdate
        "Sunday, 06-Nov-94 08:49:37 GMT", // obsolete RFC 850
        "Sun Nov  6 08:49:37 1994", // obsolete asctime
      })
  void readsAllThreeHttpDateFormats(String date) {
    assertThat(RetryAfter.parse(date, NOW)).contains(Duration.ofSeconds(37));
  }

  @Test
  void readsATwoDigitYearAsTheNearestCentury() {
    Instant now = Instant.parse("2026-11-30T10:00:00Z");
    assertThat(RetryAfter.parse("Monday, 30-Nov-26 10:01:00 GMT", now))
        .contains(Duration.ofMinutes(1));
    assertThat(RetryAfter.parse("Mon, 30 Nov 2026 10:00:05 GMT", now))
        .contains(Duration.ofSeconds(5));
  }

  @Test
  void aDateInThePastMeansNoWait() {
    assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:00:00 GMT", NOW)).contains(Duration.ZERO);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "soon", "-5", "1.5", "0x10", "Sun, 06 Nov 1994"})
  void ignoresAnythingElse(String value) {
    assertThat(RetryAfter.parse(value, NOW)).isEmpty();
  }
}
