package org.phonelock.adapters.cli.schedule;

import java.nio.file.Path;

/**
 * Where a schedule's state file and audit log live by default: next to the schedule file, named
 * after it ({@code night.yaml} gives {@code night.state.json} and {@code night.audit.jsonl}), so
 * that each schedule has its own, every export finds them from the schedule's path alone, and
 * they are where an administrator looks first. {@code --state} and {@code --audit-log} override.
 */
public final class SchedulePaths {
  private SchedulePaths() {}

  /**
   * The default state file.
   *
   * @param schedule the schedule file
   * @return {@code STEM.state.json} in the same directory
   */
  public static Path defaultState(Path schedule) {
    return sibling(schedule, ".state.json");
  }

  /**
   * The default audit log.
   *
   * @param schedule the schedule file
   * @return {@code STEM.audit.jsonl} in the same directory
   */
  public static Path defaultAuditLog(Path schedule) {
    return sibling(schedule, ".audit.jsonl");
  }

  /**
   * The file name without a {@code .yaml} or {@code .yml} ending.
   *
   * @param schedule the schedule file
   * @return e.g. {@code night} for {@code /etc/phonelock/night.yaml}
   */
  public static String stem(Path schedule) {
    String name = schedule.getFileName().toString();
    for (String ending : new String[] {".yaml", ".yml", ".YAML", ".YML"}) {
      if (name.endsWith(ending) && name.length() > ending.length()) {
        return name.substring(0, name.length() - ending.length());
      }
    }
    return name;
  }

  private static Path sibling(Path schedule, String ending) {
    Path absolute = schedule.toAbsolutePath().normalize();
    return absolute.resolveSibling(stem(absolute) + ending);
  }
}
