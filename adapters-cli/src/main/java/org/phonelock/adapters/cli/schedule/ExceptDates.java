package org.phonelock.adapters.cli.schedule;

import org.phonelock.adapters.cli.Problems;
import org.phonelock.adapters.cli.YamlMapping;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.phonelock.application.schedule.DateRange;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a job's {@code except:} list: dates {@code 2026-12-25}, ranges {@code
 * 2026-12-24..2026-12-26} (both ends included), or mappings {@code {from: 2026-12-24, to:
 * 2027-01-06}}. A single entry may stand without a list.
 */
final class ExceptDates {
  private static final String SHAPE =
      "expected YYYY-MM-DD, YYYY-MM-DD..YYYY-MM-DD or {from: YYYY-MM-DD, to: YYYY-MM-DD}";

  private ExceptDates() {}

  static ImmutableList<DateRange> read(Node node, String label, Problems problems) {
    List<Node> entries = node instanceof SequenceNode list ? list.getValue() : List.of(node);
    ImmutableList.Builder<DateRange> ranges = ImmutableList.builder();
    for (Node entry : entries) {
      entry(entry, label, problems).ifPresent(ranges::add);
    }
    return ranges.build();
  }

  private static Optional<DateRange> entry(Node entry, String label, Problems problems) {
    String what = label + ": except entry";
    if (entry instanceof org.yaml.snakeyaml.nodes.MappingNode) {
      Optional<YamlMapping> mapping =
          YamlMapping.read(entry, what, List.of("from", "to"), problems);
      if (mapping.isEmpty()) {
        return Optional.empty();
      }
      Optional<LocalDate> from = mapping.get().text("from", true).flatMap(
          t -> date(t, entry, what, problems));
      Optional<LocalDate> to = mapping.get().text("to", true).flatMap(
          t -> date(t, entry, what, problems));
      return from.isPresent() && to.isPresent() ? range(from.get(), to.get(), entry, what, problems)
          : Optional.empty();
    }
    Optional<String> text = YamlMapping.scalar(entry, what, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String[] ends = text.get().split("\\.\\.", -1);
    if (ends.length > 2) {
      problems.add(entry, what + " '" + text.get() + "' is not accepted; " + SHAPE);
      return Optional.empty();
    }
    Optional<LocalDate> first = date(ends[0].trim(), entry, what, problems);
    Optional<LocalDate> last = ends.length == 1 ? first
        : date(ends[1].trim(), entry, what, problems);
    return first.isPresent() && last.isPresent() ? range(first.get(), last.get(), entry, what, problems)
        : Optional.empty();
  }

  private static Optional<LocalDate> date(String text, Node at, String what, Problems problems) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      problems.add(at, what + ": '" + text + "' is not a date; " + SHAPE);
      return Optional.empty();
    }
  }

  private static Optional<DateRange> range(LocalDate first, LocalDate last, Node at,
      String what, Problems problems) {
    try {
      return Optional.of(new DateRange(first, last));
    } catch (IllegalArgumentException e) {
      problems.add(at, what + ": " + e.getMessage());
      return Optional.empty();
    }
  }
}
