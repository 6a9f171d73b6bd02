package org.phonelock.adapters.cli;

import java.nio.file.Path;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Turns a YAML syntax error into one line with the file, line and problem. SnakeYAML's full
 * message quotes the offending line of the file, which may hold a password, so only its problem
 * and context phrases are kept (they name at most one character, e.g. {@code found character '%'
 * that cannot start any token}).
 */
final class YamlProblems {
  private YamlProblems() {}

  /**
   * Describes a syntax error.
   *
   * @param file the file being read
   * @param failure what the parser threw
   * @return {@code FILE:LINE: not valid YAML: PROBLEM at line L, column C[ (CONTEXT ...)]}
   */
  static String describe(Path file, YAMLException failure) {
    if (failure instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      Mark problem = marked.getProblemMark();
      String context = "";
      if (marked.getContext() != null && marked.getContextMark() != null) {
        context = " (" + marked.getContext() + " that starts at " + at(marked.getContextMark())
            + ")";
      }
      return file + ":" + (problem.getLine() + 1) + ": not valid YAML: " + marked.getProblem()
          + " at " + at(problem) + context;
    }
    if (failure instanceof ReaderException reader) {
      return file + ": not valid YAML: character " + String.format("U+%04X", reader.getCodePoint())
          + " at offset " + reader.getPosition() + " is not allowed; remove it";
    }
    return file + ": not valid YAML (" + failure.getClass().getSimpleName() + ")";
  }

  private static String at(Mark mark) {
    return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
  }
}
