package org.phonelock.adapters.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Collects every error of a YAML file with its line, so that {@code schedule check} can name them
 * all at once and a profiles file is refused with the first.
 */
public final class Problems {
  private final List<Problem> problems = new ArrayList<>();

  public void add(Node node, String message) {
    add(lineOf(node), message);
  }

  public void add(int line, String message) {
    problems.add(new Problem(line, message));
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** The problems, by line. */
  public List<Problem> list() {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(Problem::line));
    return List.copyOf(sorted);
  }

  /** Refuses the file with its first problem, when it has one. */
  void throwFirst(Path file) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(list().get(0).format(file));
    }
  }

  public static int lineOf(Node node) {
    return node.getStartMark().getLine() + 1;
  }
}
