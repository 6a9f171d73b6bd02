package org.phonelock.adapters.cli.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Collects every error of a schedule file, so that {@code check} can name them all at once. */
final class Problems {
  private final List<Problem> problems = new ArrayList<>();

  void add(Node node, String message) {
    add(lineOf(node), message);
  }

  void add(int line, String message) {
    problems.add(new Problem(line, message));
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  /** The problems, by line. */
  List<Problem> list() {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(Problem::line));
    return List.copyOf(sorted);
  }

  static int lineOf(Node node) {
    return node.getStartMark().getLine() + 1;
  }
}
