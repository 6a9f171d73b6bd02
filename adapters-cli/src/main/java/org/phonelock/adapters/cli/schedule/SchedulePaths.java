package org.phonelock.adapters.cli.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.phonelock.adapters.cli.InvalidInputException;

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
   * @return {@code STEM.state.json} in the same directory
   */
  public static Path defaultState(Path schedule) {
    return sibling(schedule, ".state.json");
  }

  /**
   * The default audit log.
   *
   * @return {@code STEM.audit.jsonl} in the same directory
   */
  public static Path defaultAuditLog(Path schedule) {
    return sibling(schedule, ".audit.jsonl");
  }

  /**
   * The file name without a {@code .yaml} or {@code .yml} ending.
   *
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

  /**
   * Checks that a file can be created or replaced where it is.
   *
   * @param path the state file or audit log
   * @return {@code path}
   * @throws InvalidInputException when its directory does not exist or is not writable
   */
  public static Path writableLocation(Path path, String flag) {
    Path directory = path.toAbsolutePath().getParent();
    if (directory == null || !Files.isDirectory(directory) || !Files.isWritable(directory)) {
      throw new InvalidInputException(flag + " " + path + ": the directory " + directory
          + " does not exist or is not writable; create it, or give " + flag + " FILE");
    }
    return path;
  }

  /**
   * Checks that records can be appended to a file, creating it when missing, so that a run
   * fails at start rather than at its first firing.
   *
   * @return {@code path}
   * @throws InvalidInputException when it cannot be opened for appending
   */
  public static Path appendable(Path path, String flag) {
    writableLocation(path, flag);
    try {
      Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND).close();
      return path;
    } catch (IOException e) {
      throw new InvalidInputException(flag + " " + path + " cannot be written ("
          + e.getClass().getSimpleName() + "); fix its permissions, or give " + flag + " FILE");
    }
  }

  private static Path sibling(Path schedule, String ending) {
    Path absolute = schedule.toAbsolutePath().normalize();
    return absolute.resolveSibling(stem(absolute) + ending);
  }
}
