package org.phonelock.adapters.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} header (RFC 9110 section 10.2.3): either a number of seconds or an
 * HTTP date, in any of the three date formats a recipient must accept (RFC 9110 section 5.6.7).
 */
final class RetryAfter {
  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          DateTimeFormatter.RFC_1123_DATE_TIME,
          DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss zzz", Locale.US),
          DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US)
              .withZone(java.time.ZoneOffset.UTC));

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
    for (DateTimeFormatter format : DATE_FORMATS) {
      try {
        Instant at = fixTwoDigitYear(ZonedDateTime.parse(text, format), now).toInstant();
        Duration wait = Duration.between(now, at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException e) {
        // try the next of the three formats
      }
    }
    return Optional.empty();
  }

  private static Duration seconds(String digits) {
    try {
      return Duration.ofSeconds(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(Long.MAX_VALUE);
    }
  }

  /**
   * The RFC 850 format has a two-digit year, which the formatter puts in 2000..2099; RFC 9110
   * says a date more than 50 years ahead means the most recent past year with those digits.
   */
  private static ZonedDateTime fixTwoDigitYear(ZonedDateTime at, Instant now) {
    return at.toInstant().isAfter(now.plus(Duration.ofDays(50L * 365))) ? at.minusYears(100) : at;
  }
}
