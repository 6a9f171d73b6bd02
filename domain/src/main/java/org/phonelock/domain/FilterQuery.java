package org.phonelock.domain;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.Map;
import java.util.Optional;

/**
 * The query-string form of a {@link Filter}, both ways, so that the client that sends it and the
 * fake server that reads it follow one rule (api-contract.md, "Filters": names and values are
 * percent-decoded UTF-8, {@code +} decodes to a space, an empty parameter gets 400).
 *
 * <p>Encoding writes every UTF-8 byte except an RFC 3986 unreserved character ({@code
 * A-Za-z0-9-._~}) as {@code %XX}, so {@code +}, space, {@code &}, {@code =}, {@code %} and any
 * non-ASCII text reach the server exactly as given. Decoding splits the raw query on {@code &}
 * and {@code =} before decoding (an encoded {@code %26} stays inside its value) and refuses,
 * rather than repairs, anything malformed: a bad escape, bytes that are not UTF-8, a query that is
 * present but names nothing ({@code ?}, {@code ?&&}, {@code ?=x}), which must never act as "no
 * filter".
 */
public final class FilterQuery {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final String MALFORMED =
      "is not valid percent-encoded UTF-8; write '%' as %25 and encode text as UTF-8 bytes, each"
          + " as %XX with two hex digits";

  private FilterQuery() {}

  /**
   * The raw query of a request with {@code filter}.
   *
   * @return one {@code name=value} pair per field in {@link FilterField} order, joined with
   *     {@code &}, e.g. {@code department=R%26D&customField1=Example1}; empty for the empty filter
   */
  public static String encode(Filter filter) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<FilterField, String> entry : filter.values().entrySet()) {
      out.append(out.length() > 0 ? "&" : "").append(encode(entry.getKey().apiName()))
          .append('=').append(encode(entry.getValue()));
    }
    return out.toString();
  }

  /**
   * Percent-encodes one name or value, e.g. {@code R&D} gives {@code R%26D}.
   *
   * @throws IllegalArgumentException when {@code text} holds an unpaired surrogate (it has no
   *     UTF-8 form; a {@code ?} in its place would change the filter)
   */
  public static String encode(String text) {
    ByteBuffer bytes;
    try {
      bytes = UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(
          "value is not valid Unicode text (unpaired surrogate); it cannot be sent as UTF-8", e);
    }
    StringBuilder out = new StringBuilder(bytes.remaining() * 3);
    while (bytes.hasRemaining()) {
      int b = bytes.get() & 0xFF;
      if (isUnreserved(b)) {
        out.append((char) b);
      } else {
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0x0F]);
      }
    }
    return out.toString();
  }

  /** RFC 3986 section 2.3: {@code A-Z a-z 0-9 - . _ ~}, for a byte value 0..255. */
  public static boolean isUnreserved(int b) {
    return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')
        || b == '-' || b == '.' || b == '_' || b == '~';
  }

  /**
   * Reads the filter of a raw query.
   *
   * @param rawQuery the query as sent, without {@code ?}; null (no {@code ?}) means no filter. A
   *     char above U+00FF is refused: an HTTP request target is bytes, so each char here stands
   *     for one byte, and a raw non-ASCII byte is decoded as part of the UTF-8 text
   * @return the filter, possibly empty
   * @throws InvalidFilterException when a parameter is malformed, unknown, repeated or empty; the
   *     message names the parameter and what would be accepted
   */
  public static Filter decode(String rawQuery) {
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
            + "') has no name; accepted: " + FilterField.acceptedNames());
      }
      int equals = segment.indexOf('=');
      String rawName = equals < 0 ? segment : segment.substring(0, equals);
      String rawValue = equals < 0 ? "" : segment.substring(equals + 1);
      String name = decodeText(rawName).orElseThrow(() -> new InvalidFilterException(
          "query parameter name '" + rawName + "' " + MALFORMED));
      String value = decodeText(rawValue).orElseThrow(() -> new InvalidFilterException(
          "the value of query parameter '" + name + "' " + MALFORMED));
      filter.put(name, value);
    }
    return filter.build();
  }

  /**
   * Percent-decodes one name or value, {@code +} as space, strictly as UTF-8.
   *
   * @return the text, or empty when an escape is malformed, a char is above U+00FF, or the bytes
   *     are not well-formed UTF-8 (never replaced by U+FFFD: that would change the filter)
   */
  public static Optional<String> decodeText(String raw) {
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
    try {
      return Optional.of(UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
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
