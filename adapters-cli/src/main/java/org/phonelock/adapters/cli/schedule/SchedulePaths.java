package org.phonelock.adapters.cli.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.phonelock.application.BoundedFiles;
import org.phonelock.application.port.out.ScheduleStateStore;
import org.phonelock.adapters.cli.CliContext;
import org.phonelock.adapters.cli.ConnectionSettings;
import org.phonelock.adapters.cli.InvalidInputException;
import org.phonelock.adapters.cli.Profiles;

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

  /**
   * The rule for the files a command writes (state file, audit log, metrics file): never clobber
   * an input or something that is not a file. Checked before anything is written or sent, for
   * {@code --dry-run} too.
   *
   * @param records each file the command writes, by its flag, e.g. {@code --state} to its path
   * @param inputs each file the command reads and must not overwrite, by what it is, e.g. {@code
   *     the schedule file} to its path ({@link #inputs})
   * @throws InvalidInputException naming the flag and the path when a file exists and is not a
   *     regular file (a directory, FIFO, device), or is the same file as an input or as another
   *     record file
   */
  public static void neverClobber(Map<String, Path> records, Map<String, Path> inputs) {
    records.forEach((flag, path) -> {
      BoundedFiles.requireRegularFile(path, flag + " " + path);
      refuseClash(flag, path, records, inputs);
    });
  }

  /**
   * The part of {@link #neverClobber} that compares paths, for {@code schedule status}, which
   * only reads the records (and names a file that is not a regular file as it reads it).
   *
   * @throws InvalidInputException naming the flag and the path when a file is the same file as
   *     an input or as another record file
   */
  public static void neverClash(Map<String, Path> records, Map<String, Path> inputs) {
    records.forEach((flag, path) -> refuseClash(flag, path, records, inputs));
  }

  /**
   * The files a command reads besides its schedule file, which no file it writes may be.
   *
   * @param passwordFile the {@code --password-file}, or null
   * @param connections the resolved settings of each server, for their CA files
   * @return the profiles file, the password file and each CA file, by what each is
   */
  public static Map<String, Path> inputs(CliContext context, Path passwordFile,
      Collection<ConnectionSettings> connections) {
    Map<String, Path> inputs = new LinkedHashMap<>();
    context.configDirectory().ifPresent(directory ->
        inputs.put("the profiles file", directory.resolve(Profiles.FILE_NAME)));
    if (passwordFile != null) {
      inputs.put("the file of --password-file", passwordFile);
    }
    connections.forEach(c -> c.caFile().ifPresent(ca ->
        inputs.put("the CA file of " + c.caFileSource(), ca)));
    return inputs;
  }

  /**
   * The files a schedule command reads: the schedule file, those of {@link #inputs}, and the
   * state file's lock file.
   */
  static Map<String, Path> scheduleInputs(Path schedule, Path state,
      ScheduleStateStore.Factory states, CliContext context, Path passwordFile,
      Collection<ConnectionSettings> connections) {
    Map<String, Path> inputs = new LinkedHashMap<>();
    inputs.put("the schedule file", schedule);
    inputs.putAll(inputs(context, passwordFile, connections));
    if (state.getFileName() != null) {
      inputs.put("the lock file of the state file", states.lockFile(state));
    }
    return inputs;
  }

  private static void refuseClash(String flag, Path path, Map<String, Path> records,
      Map<String, Path> inputs) {
    Map<String, Path> others = new LinkedHashMap<>(inputs);
    records.forEach((otherFlag, other) -> {
      if (!otherFlag.equals(flag)) {
        others.put("the file of " + otherFlag, other);
      }
    });
    others.forEach((what, other) -> {
      if (same(path, other)) {
        throw new InvalidInputException(flag + " " + path + ": is " + what + " " + other
            + "; give another file");
      }
    });
  }

  /** The same file: both exist and are one ({@link Files#isSameFile}), or the same path. */
  private static boolean same(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // Compared by path below.
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  private static Path sibling(Path schedule, String ending) {
    Path absolute = schedule.toAbsolutePath().normalize();
    return absolute.resolveSibling(stem(absolute) + ending);
  }
}
