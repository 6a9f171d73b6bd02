package org.phonelock.adapters.cli.schedule;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an export needs: the schedule, the {@code phonelock} executable to call, how often, and
 * the flags to pass to {@code schedule run FILE --once}. Paths are absolute for the OS that runs
 * the export ({@link ExportPaths}), since schedulers start commands in directories of their own.
 *
 * @param file the checked schedule file
 * @param schedulePath the schedule file's path where the export runs
 * @param executable the phonelock launcher, e.g. {@code /opt/phonelock/bin/phonelock}
 * @param everyMinutes the period, a divisor of 60 so that runs fall on the same minutes each hour
 * @param state the {@code --state} file to pass, if not the default
 * @param auditLog the {@code --audit-log} file to pass, if not the default
 * @param passwordFile the {@code --password-file} to pass, if any
 * @param today the date the export is made, for Task Scheduler's start boundary
 */
public record ExportRequest(ScheduleFile file, String schedulePath, String executable,
    int everyMinutes, Optional<String> state, Optional<String> auditLog,
    Optional<String> passwordFile, LocalDate today) {

  /**
   * @throws IllegalArgumentException when {@code everyMinutes} does not divide 60
   */
  public ExportRequest {
    requireNonNull(file, "file");
    requireNonNull(schedulePath, "schedulePath");
    requireNonNull(executable, "executable");
    requireNonNull(state, "state");
    requireNonNull(auditLog, "auditLog");
    requireNonNull(passwordFile, "passwordFile");
    requireNonNull(today, "today");
    if (everyMinutes < 1 || 60 % everyMinutes != 0) {
      throw new IllegalArgumentException("every " + everyMinutes + " minutes is not accepted;"
          + " expected a divisor of 60: 1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30 or 60");
    }
  }

  /**
   * The arguments after the executable.
   *
   * @return {@code schedule run /abs/FILE --once [--state ...] [--audit-log ...]
   *     [--password-file ...]}
   */
  public List<String> runArguments() {
    List<String> arguments = new ArrayList<>(List.of("schedule", "run", schedulePath, "--once"));
    state.ifPresent(p -> arguments.addAll(List.of("--state", p)));
    auditLog.ifPresent(p -> arguments.addAll(List.of("--audit-log", p)));
    passwordFile.ifPresent(p -> arguments.addAll(List.of("--password-file", p)));
    return arguments;
  }
  /**
   * A name for the installed units or task, from the schedule file's name.
   *
   * @return {@code phonelock-STEM}, with characters other than letters, digits, {@code _},
   *     {@code .} and {@code -} replaced by {@code -}
   */
  public String unitName() {
    return "phonelock-" + SchedulePaths.stem(file.path())
        .replaceAll("[^A-Za-z0-9_.-]", "-").toLowerCase(Locale.ROOT);
  }

  /**
   * The period in words.
   *
   * @return {@code every minute} or {@code every N minutes}
   */
  public String period() {
    return everyMinutes == 1 ? "every minute" : "every " + everyMinutes + " minutes";
  }
}
