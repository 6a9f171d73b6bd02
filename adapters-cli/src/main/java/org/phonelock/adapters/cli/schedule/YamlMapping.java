package org.phonelock.adapters.cli.schedule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The keys of one YAML mapping, checked against the accepted ones: an unknown key (a typo) or a
 * key given twice is an error, never ignored.
 */
final class YamlMapping {
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
  static Optional<YamlMapping> read(Node node, String what, List<String> accepted,
      Problems problems) {
    if (!(node instanceof MappingNode mapping)) {
      problems.add(node, what + " must be a mapping of " + String.join(", ", accepted));
      return Optional.empty();
    }
    YamlMapping result = new YamlMapping(node, problems);
    for (NodeTuple tuple : mapping.getValue()) {
      Node key = tuple.getKeyNode();
      String name = key instanceof ScalarNode scalar ? scalar.getValue() : null;
      if (name == null || !accepted.contains(name)) {
        problems.add(key, "unknown key " + (name == null ? "(not a plain word)" : "'" + name + "'")
            + " in " + what + "; accepted: " + String.join(", ", accepted));
      } else if (result.values.containsKey(name)) {
        problems.add(key, "key '" + name + "' is given twice in " + what + "; give it once");
      } else {
        result.values.put(name, tuple.getValueNode());
      }
    }
    return Optional.of(result);
  }

  Optional<Node> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** The line of the mapping itself, for a missing key. */
  int line() {
    return Problems.lineOf(node);
  }

  /**
   * A text value as written.
   *
   * @return the text, or empty (with a problem) when the key is missing but required, or the
   *     value is not a non-empty scalar
   */
  Optional<String> text(String key, boolean required) {
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
  static Optional<String> scalar(Node value, String what, Problems problems) {
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
    if (scalar.getTag().equals(Tag.NULL) || scalar.getValue().isEmpty()) {
      problems.add(value, what + " has no value; give one, in quotes when it is 'null' or '~'");
      return Optional.empty();
    }
    return Optional.of(scalar.getValue());
  }
}
