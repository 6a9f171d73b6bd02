package org.phonelock.adapters.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a {@code Retry-After} header (RFC 9110 section 10.2.3): either a number of seconds or an
 * HTTP date, in any of the three date formats a recipient must accept (RFC 9110 section 5.6.7).
 */
final class RetryAfter {
  private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.RFC_1123_DATE_TIME;
  // Parsed without its day name, which cannot agree with the year the formatter picks for "yy"
  // (2000..2099) before fixTwoDigitYear moves it back a century.
  private static final DateTimeFormatter RFC_850 =
      DateTimeFormatter.ofPattern("dd-MMM-yy HH:mm:ss zzz", Locale.US);
  private static final Pattern RFC_850_DAY_NAME = Pattern.compile("^[A-Za-z]+day, (?=\\d\\d-)");
  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);

  private RetryAfter() {}

  /**
   * The wait a {@code Retry-After} value asks for.
   *
   * @param value the header value, e.g. {@code 120} or {@code Sun, 06 Nov 1994 08:49:37 GMT}
   * @param now the current time, to turn a date into a wait
   * @return the wait, zero for a date in the past, or empty when the value is neither form; a
   *     number of seconds too large for a {@code long} gives the longest {@link Duration}
   */
  static Optional<Duration> parse(String value, Instant now) {
    String text = value.strip();
    if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of(seconds(text));
    }
    String withoutDayName = RFC_850_DAY_NAME.matcher(text).replaceFirst("");
    return date(text, IMF_FIXDATE)
        .or(() -> date(withoutDayName, RFC_850).map(at -> fixTwoDigitYear(at, now)))
        .or(() -> date(text, ASCTIME))
        .map(at -> Duration.between(now, at.toInstant()))
        .map(wait -> wait.isNegative() ? Duration.ZERO : wait);
  }

  private static Optional<ZonedDateTime> date(String text, DateTimeFormatter format) {
    try {
      return Optional.of(ZonedDateTime.parse(text, format));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Duration seconds(String digits) {
    try {
      return Duration.ofSeconds(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(Long.MAX_VALUE);
    }
  }

  /** RFC 9110: a date more than 50 years ahead means the latest past year with those digits. */
  private static ZonedDateTime fixTwoDigitYear(ZonedDateTime at, Instant now) {
    return at.toInstant().isAfter(now.plus(Duration.ofDays(50L * 365))) ? at.minusYears(100) : at;
  }
}
