package org.phonelock.adapters.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The server side of the wire format, written strictly so that anything but the exact encoding
 * fails: percent-decoding that accepts only unreserved characters and {@code %XX}, UTF-8 that
 * refuses malformed bytes, and Basic credentials decoded from base64.
 */
final class Wire {
  private Wire() {}

  /** Decodes a percent-encoded text; throws on any character outside unreserved and %XX. */
  static String strictDecode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          throw new IllegalArgumentException("truncated escape at " + i + " in " + raw);
        }
        bytes.write(Integer.parseInt(hexPair(raw, i), 16));
        i += 2;
      } else if (c < 0x80 && org.phonelock.domain.FilterQuery.isUnreserved(c)) {
        bytes.write(c);
      } else {
        throw new IllegalArgumentException("character '" + c + "' must be escaped in " + raw);
      }
    }
    return strictUtf8(bytes.toByteArray());
  }

  private static String hexPair(String raw, int percent) {
    String pair = raw.substring(percent + 1, percent + 3);
    if (!pair.matches("[0-9A-F]{2}")) {
      throw new IllegalArgumentException("bad escape %" + pair + " in " + raw);
    }
    return pair;
  }

  static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("not UTF-8", e);
    }
  }

  /** Parses a raw query into decoded name/value pairs, in order; refuses a name given twice. */
  static Map<String, String> query(String rawQuery) {
    Map<String, String> pairs = new LinkedHashMap<>();
    if (rawQuery == null) {
      return pairs;
    }
    for (String pair : rawQuery.split("&", -1)) {
      int eq = pair.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("no '=' in " + pair);
      }
      String name = strictDecode(pair.substring(0, eq));
      if (pairs.put(name, strictDecode(pair.substring(eq + 1))) != null) {
        throw new IllegalArgumentException("twice: " + name);
      }
    }
    return pairs;
  }

  /** Decodes {@code Basic base64(user:password)} into {@code {user, password}}. */
  static String[] basic(String header) {
    if (!header.startsWith("Basic ")) {
      throw new IllegalArgumentException("not Basic: " + header);
    }
    String userPass = strictUtf8(Base64.getDecoder().decode(header.substring(6)));
    int colon = userPass.indexOf(':');
    return new String[] {userPass.substring(0, colon), userPass.substring(colon + 1)};
  }
}
