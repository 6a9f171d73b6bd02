package org.phonelock.adapters.cli;

import org.phonelock.application.port.out.RefusedFileException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * How profiles and schedule files are read, one style for both: the file is composed into nodes
 * (with {@link YamlFiles}' limits), then each mapping's keys are checked against the accepted ones
 * (an unknown key, a typo, or a key given twice is an error, never ignored) and each value is
 * taken only when it is exactly the text written: no tag, anchor or alias, no YAML null.
 */
public final class YamlMapping {
  private final Node node;
  private final Map<String, Node> values = new LinkedHashMap<>();
  private final Problems problems;

  private YamlMapping(Node node, Problems problems) {
    this.node = node;
    this.problems = problems;
  }

  /**
   * Reads a mapping.
   *
   * @param node the node, which must be a mapping
   * @param what names it in messages, e.g. {@code job 2}
   * @param accepted the accepted keys, exact spelling
   * @return the mapping, or empty (with a problem) when the node is not a mapping
   */
  public static Optional<YamlMapping> read(Node node, String what, List<String> accepted,
      Problems problems) {
    if (!(node instanceof MappingNode mapping)) {
      problems.add(node, what + " must be a mapping of " + String.join(", ", accepted));
      return Optional.empty();
    }
    YamlMapping result = new YamlMapping(node, problems);
    entries(mapping, what, problems).forEach((name, tuple) -> {
      if (accepted.contains(name)) {
        result.values.put(name, tuple.getValueNode());
      } else {
        problems.add(tuple.getKeyNode(), "unknown key '" + name + "' in " + what + "; accepted: "
            + String.join(", ", accepted));
      }
    });
    return Optional.of(result);
  }

  /**
   * The entries of a mapping: every key a plain text, none given twice.
   *
   * @return key to entry, in file order; keys in error are left out, with a problem each
   */
  static Map<String, NodeTuple> entries(MappingNode mapping, String what, Problems problems) {
    Map<String, NodeTuple> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Optional<String> name = scalar(tuple.getKeyNode(), "a key in " + what, problems);
      NodeTuple first = name.map(entries::get).orElse(null);
      if (first != null) {
        problems.add(tuple.getKeyNode(), "key '" + name.get() + "' is given twice in " + what
            + " (first at line " + Problems.lineOf(first.getKeyNode()) + ")");
      } else {
        name.ifPresent(n -> entries.put(n, tuple));
      }
    }
    return entries;
  }

  /**
   * Composes a file's text into nodes.
   *
   * @return the root, or empty (with a problem) when the file is unreadable, not YAML, over a
   *     limit, or holds more than one document; an empty file gives {@code empty} and no problem
   */
  public static Optional<Node> compose(Path file, Problems problems) {
    String text;
    try {
      text = YamlFiles.read(file);
    } catch (RefusedFileException e) {
      problems.add(1, e.reason());
      return Optional.empty();
    }
    try {
      Iterator<Node> documents = new Yaml(YamlFiles.options()).composeAll(new StringReader(text))
          .iterator();
      Optional<Node> root = documents.hasNext() ? Optional.of(documents.next()) : Optional.empty();
      if (documents.hasNext()) {
        problems.add(documents.next(), "the file holds more than one YAML document; keep one");
        return Optional.empty();
      }
      return root;
    } catch (YAMLException | IllegalArgumentException e) {
      YamlFiles.Failure failure = YamlFiles.describe(e);
      problems.add(failure.line().orElseGet(() -> YamlFiles.lineOf(e, text)), failure.problem());
    }
    return Optional.empty();
  }

  public Optional<Node> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** The line of the mapping itself, for a missing key. */
  public int line() {
    return Problems.lineOf(node);
  }

  /**
   * A text value as written.
   *
   * @return the text, or empty (with a problem) when the key is missing but required, or the
   *     value is not a non-empty scalar
   */
  public Optional<String> text(String key, boolean required) {
    Node value = values.get(key);
    if (value == null) {
      if (required) {
        problems.add(line(), "missing key '" + key + "'");
      }
      return Optional.empty();
    }
    return scalar(value, "'" + key + "'", problems);
  }

  private static final Resolver RESOLVER = new Resolver();

  /** The tag the scalar gets without an explicit one. */
  private static Tag implicitTag(ScalarNode scalar) {
    return RESOLVER.resolve(NodeId.scalar, scalar.getValue(),
        scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN);
  }

  /** The text of a scalar node, refusing collections, YAML null and empty text. */
  public static Optional<String> scalar(Node value, String what, Problems problems) {
    if (!(value instanceof ScalarNode scalar)) {
      problems.add(value, what + " must be a single value, not a list or mapping");
      return Optional.empty();
    }
    if (!scalar.getTag().startsWith(Tag.PREFIX) || !scalar.getTag().equals(implicitTag(scalar))) {
      // "!Sales Dept" is the tag !Sales on "Dept", "!!binary UiZE" is base64: never send a
      // different value than written. A standard tag the value would get anyway is harmless.
      problems.add(value, what + " starts with a YAML tag ('!'); put the value in single"
          + " quotes");
      return Optional.empty();
    }
    if (scalar.getAnchor() != null) {
      // "&Sec ret" is the anchor Sec on "ret", and an alias (*x) repeats an anchored node: a
      // value must be the text written, so neither is taken.
      problems.add(value, what + " is or uses a YAML anchor ('&') or alias ('*'); put the value"
          + " in single quotes");
      return Optional.empty();
    }
    if (scalar.getEndMark().getLine() != scalar.getStartMark().getLine()) {
      // YAML folds a line break inside a value into a space (a raw CR or NEL included), or keeps
      // it in a block scalar: "R<CR>D" would be sent as "R D". A value is the text of one line.
      problems.add(value, what + " spans more than one line; YAML would fold or keep its line"
          + " breaks, so the value would not be the text written; write it on one line");
      return Optional.empty();
    }
    if (scalar.getTag().equals(Tag.NULL) || scalar.getValue().isEmpty()) {
      problems.add(value, what + (scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
          ? " has no value; give one, in quotes when it is 'null' or '~'"
          : " is empty; give a value"));
      return Optional.empty();
    }
    return Optional.of(scalar.getValue());
  }
}
