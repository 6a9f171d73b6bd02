package org.phonelock.adapters.cli;

import org.phonelock.application.BoundedFiles;
import org.phonelock.application.port.out.RefusedFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * How the CLI reads its YAML files (profiles and schedules): the same size cap, parser limits
 * and error wording for both, and never a value from the file in a message (a value may be a
 * password; SnakeYAML's own messages quote the offending line, so only its problem and position
 * are kept).
 */
public final class YamlFiles {
  /** Deeper nesting than any profile or schedule file needs (they use at most four levels). */
  static final int MAX_DEPTH = 20;
  /** Aliases to lists or mappings; a guard against "billion laughs" expansion. */
  static final int MAX_ALIASES = 20;

  private YamlFiles() {}

  /**
   * Reads a YAML file as text, at most {@link BoundedFiles#YAML_BYTES}, strict UTF-8.
   *
   * @return its text, without a leading byte order mark
   * @throws RefusedFileException naming the file when it is missing, not a regular file (a FIFO,
   *     a device), unreadable, too large or not UTF-8
   */
  public static String read(Path file) {
    return BoundedFiles.readRegularUtf8(file, BoundedFiles.YAML_BYTES, file.toString());
  }

  /**
   * The parser limits: no more characters than the byte cap allows, {@value #MAX_ALIASES}
   * aliases, {@value #MAX_DEPTH} levels, no recursive keys.
   */
  public static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(BoundedFiles.YAML_BYTES);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setAllowRecursiveKeys(false);
    return options;
  }

  /**
   * A parser failure as one line, without the file name.
   *
   * @param line the 1-based line of the problem, when known
   * @param problem what is wrong and what to do
   */
  public record Failure(Optional<Integer> line, String problem) {}

  /** Describes what SnakeYAML threw: a syntax error with its position, or which limit was hit. */
  public static Failure describe(RuntimeException failure) {
    if (!(failure instanceof YAMLException)) {
      // SnakeYAML throws IllegalArgumentException for some malformed tags ("Tag must not
      // contain leading or trailing spaces"); its message names no value from the file.
      return new Failure(Optional.empty(), "not valid YAML: " + failure.getMessage());
    }
    return describe((YAMLException) failure);
  }

  private static Failure describe(YAMLException failure) {
    if (failure instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      Mark problem = marked.getProblemMark();
      String context = "";
      if (marked.getContext() != null && marked.getContextMark() != null) {
        context = " (" + marked.getContext() + " that starts at " + at(marked.getContextMark())
            + ")";
      }
      return new Failure(Optional.of(problem.getLine() + 1), "not valid YAML: "
          + marked.getProblem() + " at " + at(problem) + context);
    }
    if (failure instanceof ReaderException reader) {
      return new Failure(Optional.empty(), "not valid YAML: character "
          + String.format("U+%04X", reader.getCodePoint()) + " at offset " + reader.getPosition()
          + " is not allowed; remove it");
    }
    String message = String.valueOf(failure.getMessage());
    // SnakeYAML signals its limits with plain YAMLExceptions; their texts are stable since 1.32.
    if (message.startsWith("Number of aliases")) {
      return new Failure(Optional.empty(), "the file uses more than " + MAX_ALIASES + " YAML"
          + " aliases to lists or mappings (the limit against alias expansion); write the values"
          + " out");
    }
    if (message.startsWith("Nesting Depth exceeded")) {
      return new Failure(Optional.empty(), "lists or mappings are nested deeper than "
          + MAX_DEPTH + " levels (the limit); a profiles or schedule file needs at most four");
    }
    if (message.startsWith("The incoming YAML document exceeds the limit")) {
      return new Failure(Optional.empty(), "the file has more than " + BoundedFiles.YAML_BYTES
          + " characters (the limit); give the right file");
    }
    if (message.startsWith("Recursive key")) {
      return new Failure(Optional.empty(), "a mapping uses itself as a key through an alias;"
          + " remove the alias");
    }
    return new Failure(Optional.empty(), "not valid YAML (" + failure.getClass().getSimpleName()
        + ")");
  }

  /**
   * {@link #describe} as one line with the file: {@code FILE:LINE: PROBLEM} or {@code FILE:
   * PROBLEM}.
   */
  static String describe(Path file, RuntimeException failure) {
    Failure described = describe(failure);
    return file + described.line().map(line -> ":" + line).orElse("") + ": "
        + described.problem();
  }

  /**
   * The line of a character SnakeYAML's reader refused, which it gives as an offset in code
   * points only; line 1 for any other failure without a position.
   */
  static int lineOf(RuntimeException failure, String text) {
    if (!(failure instanceof ReaderException reader)) {
      return 1;
    }
    int line = 1;
    int[] codePoints = text.codePoints().limit(reader.getPosition()).toArray();
    for (int i = 0; i < codePoints.length; i++) {
      // YAML 1.1 line breaks as SnakeYAML counts them: CR LF, CR, LF, NEL, LS, PS.
      int c = codePoints[i];
      boolean crlf = c == '\r' && i + 1 < codePoints.length && codePoints[i + 1] == '\n';
      if (!crlf && (c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029)) {
        line++;
      }
    }
    return line;
  }

  private static String at(Mark mark) {
    return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
  }
}
