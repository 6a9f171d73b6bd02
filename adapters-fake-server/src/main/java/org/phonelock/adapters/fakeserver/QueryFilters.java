package org.phonelock.adapters.fakeserver;

import java.io.ByteArrayOutputStream;
import java.util.Optional;
import org.phonelock.domain.Filter;
import org.phonelock.domain.InvalidFilterException;

/**
 * Reads the filters of a Phone Lock request from its raw query string (api-contract.md,
 * "Filters"). The raw query is split on {@code &} and {@code =} before decoding, so an encoded
 * {@code %26} stays inside a value ({@code department=R%26D} is {@code R&D}). Names and values are
 * percent-decoded strictly as UTF-8 with {@code +} meaning space. Unknown names, repeated fields
 * and empty values are refused by the domain's {@link Filter.Builder}; every refusal names the
 * parameter. A query that is present but says nothing is refused too ({@code ?}, {@code ?&&},
 * {@code ?=x}, a trailing {@code &}): it must never act as "no filter" (api-contract.md,
 * "Filters": an empty parameter gets 400).
 */
final class QueryFilters {
  private static final String MALFORMED =
      "is not valid percent-encoded UTF-8; write '%' as %25 and encode text as UTF-8 bytes, each"
          + " as %XX with two hex digits";

  private QueryFilters() {}

  /**
   * Parses a raw query.
   *
   * @param rawQuery the query as sent, without {@code ?}; null (no {@code ?}) means no filter
   * @return the filter, possibly empty
   * @throws InvalidFilterException when a parameter is malformed, unknown, repeated or empty; the
   *     message names the parameter and what would be accepted
   */
  static Filter parse(String rawQuery) {
    Filter.Builder filter = Filter.builder();
    if (rawQuery == null) {
      return filter.build();
    }
    if (rawQuery.isEmpty()) {
      throw new InvalidFilterException("the query is empty ('?' with nothing after it); leave"
          + " out the '?' to act on every visible line, or give a filter");
    }
    String[] segments = rawQuery.split("&", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.isEmpty()) {
        throw new InvalidFilterException("query parameter " + (i + 1) + " of " + segments.length
            + " is empty (two '&' in a row, or a '&' at the start or end); remove the extra '&'");
      }
      if (segment.charAt(0) == '=') {
        throw new InvalidFilterException("query parameter " + (i + 1) + " ('" + segment
            + "') has no name; accepted: " + org.phonelock.domain.FilterField.acceptedNames());
      }
      int equals = segment.indexOf('=');
      String rawName = equals < 0 ? segment : segment.substring(0, equals);
      String rawValue = equals < 0 ? "" : segment.substring(equals + 1);
      String name = decode(rawName).orElseThrow(() -> new InvalidFilterException(
          "query parameter name '" + rawName + "' " + MALFORMED));
      String value = decode(rawValue).orElseThrow(() -> new InvalidFilterException(
          "the value of query parameter '" + name + "' " + MALFORMED));
      filter.put(name, value);
    }
    return filter.build();
  }

  /**
   * Percent-decodes one name or value.
   *
   * <p>The JDK HTTP server hands over the request target's bytes one char per byte, so a raw
   * non-ASCII char here stands for one byte of the sender's UTF-8; it is decoded with the rest.
   *
   * @param raw the raw text
   * @return the decoded text, or empty when an escape is malformed or the bytes are not UTF-8
   */
  static Optional<String> decode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int high = i + 2 < raw.length() ? hexDigit(raw.charAt(i + 1)) : -1;
        int low = high < 0 ? -1 : hexDigit(raw.charAt(i + 2));
        if (low < 0) {
          return Optional.empty();
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c > 0xFF) {
        return Optional.empty();
      } else {
        bytes.write(c == '+' ? ' ' : c);
      }
    }
    return StrictUtf8.decode(bytes.toByteArray());
  }

  // Character.digit would also accept non-ASCII digits such as U+0663; RFC 3986 allows only these.
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }
}
