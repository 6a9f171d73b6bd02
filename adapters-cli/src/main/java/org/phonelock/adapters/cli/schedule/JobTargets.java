package org.phonelock.adapters.cli.schedule;

import org.phonelock.application.SettingValues;
import org.phonelock.adapters.cli.Problems;
import org.phonelock.adapters.cli.YamlMapping;
import java.util.Optional;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.domain.Filter;
import org.phonelock.domain.InvalidFilterException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads which lines a job acts on: {@code filters:} with the API's field names ({@code
 * department}, {@code customField1} to {@code customField10}, case-insensitive), or {@code all:
 * true}. As on the command line (api-contract.md, "Filters": "a typo must never widen a lock to
 * the whole company"), an unknown field, an empty value or a field given twice is refused, and
 * acting on every visible line needs {@code all: true}.
 */
final class JobTargets {
  private JobTargets() {}

  static Optional<PhoneLockCommand> read(YamlMapping job, String label, Problems problems) {
    boolean all = job.get("all").map(n -> flag(n, label, problems)).orElse(false);
    Optional<Node> filters = job.get("filters");
    Optional<Filter> filter = filters.isPresent()
        ? filter(filters.get(), label, problems) : Optional.of(Filter.none());
    if (filter.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PhoneLockCommand.of(filter.get(), all));
    } catch (PhoneLockCommand.ScopeRefused e) {
      switch (e.reason()) {
        case EVERY_LINE_WITH_FILTERS -> problems.add(filters.orElseThrow(), label + ": 'all: true'"
            + " cannot be combined with filters; give either filters or all: true");
        case NO_FILTER -> problems.add(job.line(), label + " has no filters; give filters, e.g."
            + " filters: {department: \"R&D\"}, or all: true to act on every line the account"
            + " can see");
      }
      return Optional.empty();
    }
  }

  private static Optional<Filter> filter(Node node, String label, Problems problems) {
    if (!(node instanceof MappingNode mapping) || mapping.getValue().isEmpty()) {
      problems.add(node, label + ": filters must be a mapping of one or more fields, e.g."
          + " {department: \"R&D\", customField1: \"Example1\"}");
      return Optional.empty();
    }
    Filter.Builder builder = Filter.builder();
    boolean valid = true;
    for (NodeTuple tuple : mapping.getValue()) {
      Node key = tuple.getKeyNode();
      Optional<String> field = YamlMapping.scalar(key, label + ": a filter field", problems);
      Optional<String> value = field.flatMap(f -> YamlMapping.scalar(tuple.getValueNode(),
          label + ": filter " + f, problems));
      if (value.isEmpty()) {
        valid = false;
        continue;
      }
      try {
        builder.put(field.get(), value.get());
      } catch (InvalidFilterException e) {
        problems.add(key, label + ": " + e.getMessage());
        valid = false;
      }
    }
    return valid ? Optional.of(builder.build()) : Optional.empty();
  }

  private static boolean flag(Node node, String label, Problems problems) {
    Optional<Boolean> value = node instanceof ScalarNode scalar
        ? SettingValues.trueOrFalse(scalar.getValue()) : Optional.empty();
    if (value.isEmpty()) {
      problems.add(node, label + ": 'all' must be true or false");
    }
    return value.orElse(false);
  }
}
