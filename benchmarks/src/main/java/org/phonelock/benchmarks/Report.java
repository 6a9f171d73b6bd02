package org.phonelock.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The results table, for the terminal and for {@code docs/benchmarks.md}, whose part between the
 * markers {@value #BEGIN} and {@value #END} it rewrites.
 */
final class Report {
  static final String BEGIN = "<!-- results:begin (bench/run rewrites this part) -->";
  static final String END = "<!-- results:end -->";

  private static final String[] HEADER =
      {"benchmark", "measure", "unit", "phonelock", "peer", "peer value", "ratio", "goal",
          "verdict"};

  private Report() {}

  /**
   * The table with aligned columns.
   *
   * @param rows the rows
   * @return the text, one line per row after a header
   */
  static String text(List<Row> rows) {
    List<String[]> cells = new java.util.ArrayList<>();
    cells.add(HEADER);
    rows.forEach(row -> cells.add(cells(row)));
    int[] widths = new int[HEADER.length];
    for (String[] line : cells) {
      for (int c = 0; c < line.length; c++) {
        widths[c] = Math.max(widths[c], line[c].length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (String[] line : cells) {
      for (int c = 0; c < line.length; c++) {
        text.append(String.format("%-" + widths[c] + "s", line[c])).append(c + 1 < line.length
            ? "  " : "");
      }
      text.append(System.lineSeparator());
    }
    return text.toString();
  }

  /**
   * The results section of the document.
   *
   * @param rows the rows
   * @param context lines about the run (date, machine, command), shown before the table
   * @param notes further lines, shown after it
   * @return Markdown
   */
  static String markdown(List<Row> rows, List<String> context, List<String> notes) {
    StringBuilder md = new StringBuilder();
    context.forEach(line -> md.append(line).append('\n'));
    md.append('\n').append(markdownLine(HEADER))
        .append(markdownLine(java.util.Collections.nCopies(HEADER.length, "---")
            .toArray(String[]::new)));
    rows.forEach(row -> md.append(markdownLine(cells(row))));
    if (!notes.isEmpty()) {
      md.append('\n');
      notes.forEach(line -> md.append(line).append('\n'));
    }
    return md.toString();
  }

  /**
   * Replaces the results section of a document.
   *
   * @param doc the document, holding both markers
   * @param section the new section
   * @throws IOException when the document cannot be read or written, or lacks a marker
   */
  static void rewrite(Path doc, String section) throws IOException {
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IOException(doc + " lacks the markers " + BEGIN + " and " + END);
    }
    Files.writeString(doc, text.substring(0, begin + BEGIN.length()) + "\n" + section
        + text.substring(end), StandardCharsets.UTF_8);
  }

  private static String[] cells(Row row) {
    return new String[] {row.benchmark(), row.measure(), row.unit(), Row.format(row.ours()),
        row.peerName(), Row.format(row.peer()), Row.format(row.ratio()), row.goal().text(),
        row.verdict()};
  }

  private static String markdownLine(String[] cells) {
    return "| " + List.of(cells).stream().map(c -> c.replace("|", "\\|"))
        .collect(Collectors.joining(" | ")) + " |\n";
  }
}
