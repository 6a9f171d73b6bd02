package org.phonelock.adapters.fakeserver.internal.directory;

import java.util.Arrays;

/**
 * Maps a character offset of a text to its 1-based physical line, counting CR LF, CR and LF each
 * as one line break (as Commons CSV and RFC 4180 do), so that directory errors name the line a
 * person sees in an editor (api-contract.md, "The user directory").
 */
public final class LineIndex {
  private final int[] lineStarts;

  /**
   * Indexes {@code text}.
   *
   * @param text any text
   */
  public LineIndex(String text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if ((c == '\r' && !crlf) || c == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  /**
   * The line holding one character.
   *
   * @param offset a 0-based character offset; the text's length means "just after the end"
   * @return the 1-based line number
   */
  public long lineAt(long offset) {
    int found = Arrays.binarySearch(lineStarts, (int) Math.min(offset, Integer.MAX_VALUE));
    return found >= 0 ? found + 1 : -found - 1;
  }
}
