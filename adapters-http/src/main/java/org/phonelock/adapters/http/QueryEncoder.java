package org.phonelock.adapters.http;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;

/**
 * Builds the query string of a Phone Lock request by hand, because Jersey's {@code queryParam}
 * reads {@code {...}} as a URI template and passes text that looks percent-encoded ({@code %41})
 * through unencoded. Every UTF-8 byte except an RFC 3986 unreserved character ({@code
 * A-Za-z0-9-._~}) becomes {@code %XX}, so the server decodes exactly the value given, whatever it
 * holds (api-contract.md, "Filters": values are percent-decoded UTF-8 and {@code +} decodes to a
 * space, so {@code +} and space must both be escaped).
 */
final class QueryEncoder {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private QueryEncoder() {}

  /**
   * Percent-encodes one value.
   *
   * @param value any well-formed Unicode text, possibly empty
   * @return the value with every byte of its UTF-8 form outside {@code A-Za-z0-9-._~} written as
   *     {@code %XX} (upper-case hex), e.g. {@code R&D} gives {@code R%26D}
   * @throws IllegalArgumentException when {@code value} holds an unpaired surrogate (no UTF-8 form)
   */
  static String encode(String value) {
    ByteBuffer bytes = utf8(value);
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

  /**
   * The raw query of a request with {@code filter}: one {@code name=value} pair per filtered field
   * in {@link FilterField} order, joined with {@code &}.
   *
   * @param filter the filter, possibly empty
   * @return e.g. {@code department=R%26D&customField1=Example1}; empty for the empty filter
   */
  static String query(Filter filter) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<FilterField, String> entry : filter.values().entrySet()) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(encode(entry.getKey().apiName())).append('=').append(encode(entry.getValue()));
    }
    return out.toString();
  }

  /**
   * Tells whether a byte is an RFC 3986 unreserved character (section 2.3).
   *
   * @param b a byte value 0..255
   * @return true for {@code A-Z a-z 0-9 - . _ ~}
   */
  static boolean isUnreserved(int b) {
    return (b >= 'A' && b <= 'Z')
        || (b >= 'a' && b <= 'z')
        || (b >= '0' && b <= '9')
        || b == '-'
        || b == '.'
        || b == '_'
        || b == '~';
  }

  private static ByteBuffer utf8(String value) {
    try {
      // REPORT, not the default replacement: a '?' on the wire would silently change the filter.
      return StandardCharsets.UTF_8
          .newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(value));
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(
          "value is not valid Unicode text (unpaired surrogate); it cannot be sent as UTF-8", e);
    }
  }
}
