package org.phonelock.adapters.cli.schedule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.phonelock.adapters.cli.ExitCodes;
import org.phonelock.adapters.cli.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code phonelock schedule export FILE --format systemd|cron|windows-task}: what a system
 * scheduler needs to run {@code phonelock schedule run FILE --once} every few minutes.
 */
@Command(
    name = "export",
    description = "Print (or write with --output-dir) a systemd service and timer, crontab"
        + " lines, or a Windows Task Scheduler task that runs 'schedule run FILE --once' every"
        + " few minutes.",
    mixinStandardHelpOptions = true)
final class ScheduleExportCommand implements Callable<Integer> {
  private static final List<String> FORMATS = List.of("systemd", "cron", "windows-task");

  /** The formats, for shell completion. */
  static final class Formats implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return FORMATS.iterator();
    }
  }

  @ParentCommand ScheduleCommand schedule;

  @Parameters(index = "0", paramLabel = "FILE", description = "The schedule file (YAML).")
  Path file;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      completionCandidates = Formats.class, description = "systemd, cron or windows-task.")
  String format;

  @Option(names = "--every", paramLabel = "MINUTES", defaultValue = "5",
      description = "Run every MINUTES, a divisor of 60 (default: ${DEFAULT-VALUE}).")
  int every;

  @Option(names = "--command", paramLabel = "PATH",
      description = "The phonelock launcher to call (default: phonelock, or phonelock.cmd for"
          + " windows-task); give its absolute path.")
  String command;

  @Option(names = "--output-dir", paramLabel = "DIR",
      description = "Write the files into DIR instead of printing them.")
  Path outputDirectory;

  // Strings, not Paths: a path for another OS must not go through this OS's path rules.
  @Option(names = "--state", paramLabel = "FILE", description = "Pass --state FILE to the run.")
  String state;

  @Option(names = "--audit-log", paramLabel = "FILE",
      description = "Pass --audit-log FILE to the run.")
  String auditLog;

  @Option(names = "--password-file", paramLabel = "FILE",
      description = "Pass --password-file FILE to the run.")
  String passwordFile;

  @Option(names = "--schedule-path", paramLabel = "PATH",
      description = "The schedule file's absolute path on the machine that runs the export"
          + " (default: FILE made absolute; needed when the export is for another OS, e.g."
          + " windows-task made on Linux).")
  String schedulePath;

  /**
   * Exports the schedule.
   *
   * @return 0, or 2 when the file or a flag is invalid
   * @throws InvalidInputException when a flag is not accepted or a file cannot be written
   */
  @Override
  public Integer call() {
    String chosen = format.toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(chosen)) {
      throw new InvalidInputException("--format " + format + " is not accepted; expected one of "
          + String.join(", ", FORMATS));
    }
    Optional<ScheduleFile> loaded = schedule.loadWithProfiles(file);
    if (loaded.isEmpty()) {
      return ExitCodes.USAGE;
    }
    ExportRequest request = request(loaded.get(), chosen);
    ExportValues.check(request, chosen);
    if (!chosen.equals("windows-task") && !request.executable().startsWith("/")) {
      schedule.context().err().println("phonelock schedule export: warning: '"
          + request.executable() + "' is not an absolute path; cron and systemd do not search"
          + " your PATH, so give --command with the launcher's full path");
    }
    List<ExportedFile> files = switch (chosen) {
      case "systemd" -> SystemdExport.files(request);
      case "cron" -> CronExport.files(request);
      default -> outputDirectory == null
          ? List.of(new ExportedFile(request.unitName() + ".xml",
              WindowsTaskExport.xml(request, "UTF-8"), false))
          : WindowsTaskExport.files(request);
    };
    if (outputDirectory == null) {
      print(files);
    } else {
      write(files);
    }
    return ExitCodes.SUCCESS;
  }

  private ExportRequest request(ScheduleFile loaded, String chosen) {
    ExportPaths paths = new ExportPaths(chosen, ExportPaths.Os.local());
    String executable = command != null ? paths.command(command)
        : chosen.equals("windows-task") ? "phonelock.cmd" : "phonelock";
    String scheduleAt = schedulePath != null ? paths.path("--schedule-path", schedulePath)
        : paths.forAnotherOs() ? paths.path("the schedule file (give --schedule-path)",
            file.toString())
        : paths.path("the schedule file", file.toString());
    LocalDate today = schedule.clock().instant().atZone(loaded.schedule().zone()).toLocalDate();
    try {
      return new ExportRequest(loaded, scheduleAt, executable, every,
          Optional.ofNullable(state).map(p -> paths.path("--state", p)),
          Optional.ofNullable(auditLog).map(p -> paths.path("--audit-log", p)),
          Optional.ofNullable(passwordFile).map(p -> paths.path("--password-file", p)), today);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("--every: " + e.getMessage());
    }
  }

  private void print(List<ExportedFile> files) {
    boolean several = files.size() > 1;
    for (ExportedFile exported : files) {
      if (several) {
        schedule.context().out().println("# ---- " + exported.name() + " ----");
      }
      schedule.context().out().print(exported.text());
    }
  }

  private void write(List<ExportedFile> files) {
    for (ExportedFile exported : files) {
      Path target = outputDirectory.resolve(exported.name());
      try {
        byte[] bytes = exported.utf16()
            ? ("\uFEFF" + exported.text()).getBytes(StandardCharsets.UTF_16LE)
            : exported.text().getBytes(StandardCharsets.UTF_8);
        Files.write(target, bytes);
      } catch (IOException e) {
        throw new InvalidInputException("--output-dir: cannot write " + target + " ("
            + e.getClass().getSimpleName() + "); check that the directory exists and is"
            + " writable");
      }
      schedule.context().out().println(target);
    }
  }
}
