package org.phonelock.adapters.cli.schedule;

import org.phonelock.adapters.cli.Problems;
import org.phonelock.adapters.cli.YamlMapping;
import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.application.port.out.CronRule;
import org.phonelock.application.schedule.ScheduleJob;
import org.phonelock.domain.PhoneLockAction;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads the {@code jobs:} list of a schedule file, reporting every error with its line. */
final class JobParser {
  private static final List<String> KEYS =
      List.of("name", "action", "cron", "filters", "all", "except");

  private JobParser() {}

  /**
   * @param cronLines receives each job's name and the line of its {@code cron} key, for the
   *     errors found after reading ({@code schedule check}: a cron that never fires)
   */
  static ImmutableList<ScheduleJob> read(Node jobs, Map<String, Integer> cronLines,
      Problems problems) {
    if (!(jobs instanceof SequenceNode list) || list.getValue().isEmpty()) {
      problems.add(jobs, "'jobs' must be a list of one or more jobs, each with name, action,"
          + " cron and filters");
      return ImmutableList.of();
    }
    ImmutableList.Builder<ScheduleJob> result = ImmutableList.builder();
    Set<String> names = new HashSet<>();
    int number = 0;
    for (Node node : list.getValue()) {
      number++;
      job(node, number, names, problems).ifPresent(job -> {
        result.add(job.getKey());
        cronLines.put(job.getKey().name(), job.getValue());
      });
    }
    return result.build();
  }

  private static Optional<Map.Entry<ScheduleJob, Integer>> job(Node node, int number,
      Set<String> names,
      Problems problems) {
    Optional<YamlMapping> read = YamlMapping.read(node, "job " + number, KEYS, problems);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    YamlMapping job = read.get();
    Optional<String> name = job.text("name", true).filter(n -> validName(n, job, problems))
        .filter(n -> unique(n, job, names, problems));
    String label = "job " + name.orElse(String.valueOf(number));
    Optional<PhoneLockAction> action = job.text("action", true).flatMap(
        a -> action(a, job.get("action").orElseThrow(), label, problems));
    Optional<CronRule> cron = job.text("cron", true).flatMap(
        c -> cron(c, job.get("cron").orElseThrow(), label, problems));
    Optional<PhoneLockCommand> target = JobTargets.read(job, label, problems);
    ImmutableList<org.phonelock.application.schedule.DateRange> except =
        job.get("except").map(n -> ExceptDates.read(n, label, problems))
            .orElse(ImmutableList.of());
    if (name.isEmpty() || action.isEmpty() || cron.isEmpty() || target.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Map.entry(new ScheduleJob(name.get(), action.get(), target.get(),
        cron.get(), except), Problems.lineOf(job.get("cron").orElseThrow())));
  }

  private static boolean validName(String name, YamlMapping job, Problems problems) {
    if (ScheduleJob.isValidName(name)) {
      return true;
    }
    problems.add(job.get("name").orElseThrow(),
        "job name '" + name + "' is not accepted; " + ScheduleJob.NAME_RULE);
    return false;
  }

  private static boolean unique(String name, YamlMapping job, Set<String> names,
      Problems problems) {
    if (names.add(name.toLowerCase(Locale.ROOT))) {
      return true;
    }
    problems.add(job.get("name").orElseThrow(), "job name '" + name + "' is used twice (names"
        + " are compared ignoring case); give each job its own name");
    return false;
  }

  private static Optional<PhoneLockAction> action(String text, Node at, String label,
      Problems problems) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "lock":
        return Optional.of(PhoneLockAction.LOCK);
      case "unlock":
        return Optional.of(PhoneLockAction.UNLOCK);
      default:
        problems.add(at, label + ": action '" + text + "' is not accepted; expected lock or"
            + " unlock");
        return Optional.empty();
    }
  }

  private static Optional<CronRule> cron(String text, Node at, String label,
      Problems problems) {
    try {
      return Optional.of(CronUtilsRule.parse(text));
    } catch (IllegalArgumentException e) {
      problems.add(at, label + ": " + e.getMessage());
      return Optional.empty();
    }
  }
}
