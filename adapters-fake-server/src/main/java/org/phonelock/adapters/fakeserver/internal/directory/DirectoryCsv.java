package org.phonelock.adapters.fakeserver.internal.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.phonelock.adapters.fakeserver.DirectoryFormatException;

/**
 * Reads a user directory from its decoded text (api-contract.md, "The user directory"): optional
 * BOM, header row required, RFC 4180 quoting, delimiter {@code ,} or {@code ;} detected from the
 * header line. Blank lines are skipped. All or nothing: the first problem refuses the whole file.
 */
public final class DirectoryCsv {
  private static final char BOM = '\uFEFF';

  private DirectoryCsv() {}

  /**
   * Parses a whole file.
   *
   * @param text the file's text, already decoded
   * @param source the file name, for error messages
   * @return the entries, in file order
   * @throws DirectoryFormatException when the file is malformed
   */
  public static List<DirectoryEntry> parse(String text, String source) throws DirectoryFormatException {
    DirectoryErrors error = new DirectoryErrors(source);
    String body = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(body, error)).get();
    LineIndex lineIndex = new LineIndex(body);
    try (CSVParser parser = CSVParser.parse(body, format)) {
      Iterator<CSVRecord> rows = parser.iterator();
      CSVRecord header = next(rows, parser, error);
      if (header == null || isBlank(header)) {
        throw error.at(1, "the first line must be the header row, e.g."
            + " username,password,permission,department,lines");
      }
      DirectoryRowParser rowParser =
          new DirectoryRowParser(DirectoryColumns.fromHeader(header.toList(), error), error);
      List<DirectoryEntry> entries = new ArrayList<>();
      CSVRecord row;
      while ((row = next(rows, parser, error)) != null) {
        if (!isBlank(row)) {
          entries.add(rowParser.parse(row, lineIndex.lineAt(row.getCharacterPosition())));
        }
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a string cannot fail", e);
    }
  }

  private static CSVRecord next(Iterator<CSVRecord> rows, CSVParser parser, DirectoryErrors error)
      throws DirectoryFormatException {
    // The previous row ended with a line break, so the next one starts on the following line.
    long start = parser.getCurrentLineNumber() + 1;
    try {
      return rows.hasNext() ? rows.next() : null;
    } catch (UncheckedIOException e) {
      // Commons CSV reports a broken quote through the iterator.
      throw error.at(start, "malformed quoting ("
          + e.getCause().getMessage() + "); quote a whole value with \" and write a \" inside"
          + " a quoted value as \"\" (RFC 4180)");
    }
  }

  private static boolean isBlank(CSVRecord row) {
    return row.size() == 1 && row.get(0).isEmpty();
  }

  private static char delimiter(String body, DirectoryErrors error)
      throws DirectoryFormatException {
    int end = 0;
    while (end < body.length() && body.charAt(end) != '\n' && body.charAt(end) != '\r') {
      end++;
    }
    String header = body.substring(0, end);
    if (header.indexOf(',') >= 0 && header.indexOf(';') >= 0) {
      throw error.at(1, "the header row holds both ',' and ';'; separate columns with one of them");
    }
    return header.indexOf(';') >= 0 ? ';' : ',';
  }
}
