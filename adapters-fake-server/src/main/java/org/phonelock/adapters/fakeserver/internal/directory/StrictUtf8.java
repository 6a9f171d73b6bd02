package org.phonelock.adapters.fakeserver.internal.directory;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;

/**
 * Strict UTF-8 decoding: malformed input is refused, never replaced by U+FFFD, because the
 * contract says credentials, filter values and the directory file are UTF-8 (api-contract.md,
 * "Authentication", "Filters", "The user directory") and a silently replaced character would
 * change a password or a filter.
 */
public final class StrictUtf8 {
  private StrictUtf8() {}

  /**
   * Decodes {@code bytes}.
   *
   * @param bytes any bytes
   * @return the text, or empty when the bytes are not well-formed UTF-8
   */
  public static Optional<String> decode(byte[] bytes) {
    try {
      return Optional.of(decoder().decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * Finds the first byte that is not part of well-formed UTF-8.
   *
   * @param bytes any bytes
   * @return the 0-based offset of the first malformed byte, or -1 when all are well-formed
   */
  public static int firstMalformedOffset(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
    CharsetDecoder decoder = decoder();
    CoderResult result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : -1;
  }

  private static CharsetDecoder decoder() {
    return UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
