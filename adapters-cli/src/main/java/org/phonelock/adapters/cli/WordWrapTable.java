package org.phonelock.adapters.cli;

import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.Column.Overflow;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.TextTable;

/**
 * A help table that wraps text at spaces only. picocli wraps with the JDK's
 * {@code BreakIterator.getLineInstance()}, which follows Unicode line breaking (UAX #14,
 * https://www.unicode.org/reports/tr14/) and so may break after {@code .} and {@code /}: help
 * showed {@code https://ias.} and {@code example.com} on two lines, which cannot be copied. Here
 * each value is cut into lines at spaces first; picocli then writes each line whole.
 */
final class WordWrapTable extends TextTable {
  private final ColorScheme colorScheme;

  WordWrapTable(ColorScheme colorScheme, Column... columns) {
    super(colorScheme, columns);
    this.colorScheme = colorScheme;
  }

  @Override
  public Cell putValue(int row, int col, Text value) {
    Column column = columns()[col];
    boolean wraps = column.overflow == Overflow.WRAP
        || (column.overflow == Overflow.SPAN && col == columns().length - 1);
    String plain = value == null ? "" : value.plainString();
    if (plain.isEmpty() || !wraps) {
      return super.putValue(row, col, value);
    }
    int continuation = indentWrappedLines;
    int room = column.width - column.indent;
    int start = 0;
    int line = row;
    Cell cell = null;
    while (start < plain.length()) {
      int end = lineEnd(plain, start, Math.max(1, room));
      Text text = value.substring(start, end);
      if (line > row) {
        addEmptyRow();
        text = colorScheme.text(" ".repeat(continuation)).concat(text);
      }
      cell = super.putValue(line, col, text);
      start = end;
      while (start < plain.length() && plain.charAt(start) == ' ') {
        start++;
      }
      line++;
      room = column.width - column.indent - continuation;
    }
    return cell;
  }

  /**
   * The end of the line that starts at {@code start}: the last space within {@code room}
   * characters; a word longer than the line is kept whole.
   */
  private static int lineEnd(String text, int start, int room) {
    if (text.length() - start <= room) {
      return text.length();
    }
    int firstText = start;
    while (firstText < text.length() && text.charAt(firstText) == ' ') {
      firstText++;
    }
    for (int i = start + room; i > firstText; i--) {
      if (text.charAt(i) == ' ') {
        return trimmed(text, firstText, i);
      }
    }
    int space = text.indexOf(' ', firstText);
    return space < 0 ? text.length() : trimmed(text, firstText, space);
  }

  private static int trimmed(String text, int from, int end) {
    int last = end;
    while (last > from && text.charAt(last - 1) == ' ') {
      last--;
    }
    return last;
  }
}
