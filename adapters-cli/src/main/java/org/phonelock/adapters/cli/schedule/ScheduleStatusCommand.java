package org.phonelock.adapters.cli.schedule;

import java.util.OptionalInt;
import org.phonelock.application.SettingValues;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.phonelock.adapters.cli.InvalidInputException;
import org.phonelock.adapters.cli.MonitoringPlugin;
import org.phonelock.adapters.cli.OutputFormat;
import org.phonelock.adapters.cli.ConnectionOptions;
import org.phonelock.application.port.out.AttemptHistory;
import org.phonelock.application.port.out.RefusedFileException;
import org.phonelock.application.port.out.ScheduleStateStore;
import org.phonelock.application.schedule.JobStatus;
import org.phonelock.application.schedule.ScheduleStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code phonelock schedule status FILE}: for monitoring (README, "Monitoring and alerts"). For each job, its latest due
 * firing and what became of it, and its next firing; the first line and the exit code follow the
 * monitoring-plugins convention, so that Nagios, Icinga and Zabbix run it as is.
 */
@Command(
    name = "status",
    description = "Check a schedule for monitoring: for each job its latest due firing, whether"
        + " it was applied (or failing since when, attempts, last error), and its next firing."
        + " A job whose latest due firing is not applied is WARNING during the grace period after"
        + " that firing, then CRITICAL. Reads the state file and the audit log; sends nothing,"
        + " needs no password.",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = MonitoringPlugin.UNKNOWN,
    exitCodeOnExecutionException = MonitoringPlugin.UNKNOWN,
    exitCodeListHeading = "%nExit codes (the monitoring-plugins convention of Nagios, Icinga and"
        + " Zabbix, unlike the other phonelock commands, so that a monitoring system can run"
        + " this command as is):%n",
    exitCodeList = {
      "0:OK: every job's latest due firing was applied (or superseded, or none is due yet)",
      "1:WARNING: a job's latest due firing is not applied yet, within the grace period",
      "2:CRITICAL: a job's latest due firing is still not applied after the grace period",
      "3:UNKNOWN: the schedule file, state file or audit log cannot be read, or a usage error",
    },
    footerHeading = "%nOutput:%n",
    footer = {"The first line has the plugin shape, e.g. 'PHONELOCK OK - 2 jobs applied |"
        + " applied=2;;;0;2 ...' (perfdata after '|'); then one line per job. --output json"
        + " prints one JSON object instead."})
final class ScheduleStatusCommand implements Callable<Integer>, MonitoringPlugin {
  @ParentCommand ScheduleCommand schedule;

  @Parameters(index = "0", paramLabel = "FILE", description = "The schedule file (YAML).")
  Path file;

  @Mixin ScheduleRecordFiles records;

  @Option(names = "--grace", paramLabel = "MINUTES", defaultValue = "15",
      description = "How long a due firing may stay unapplied before it is CRITICAL (default:"
          + " ${DEFAULT-VALUE}).")
  // Text, converted here: a value that is not an int is refused on one line like any other.
  String grace;

  @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
      completionCandidates = OutputFormat.Names.class,
      description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat output;

  /**
   * Checks the schedule.
   *
   * @return 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN
   */
  @Override
  public Integer call() {
    StatusReport report = new StatusReport(schedule.context(), output);
    OptionalInt graceMinutes = SettingValues.wholeNumber(grace, 0, 525_600);
    if (graceMinutes.isEmpty()) {
      return report.unknown("--grace must be 0 to 525600 minutes, was " + grace.strip());
    }
    ScheduleFileParser.Result read = ScheduleFileParser.parse(file);
    List<String> errors = schedule.errors(file, read);
    if (!errors.isEmpty()) {
      // The first line is what a monitoring system shows: it names the first error itself.
      return report.unknown("the schedule file " + file + " has " + errors.size()
          + (errors.size() == 1 ? " error: " : " errors, the first: ") + errors.get(0));
    }
    ScheduleFile scheduleFile = read.file().orElseThrow();
    Path statePath = records.state(file);
    Path auditPath = records.auditLog(file);
    Instant now = schedule.clock().instant();
    Duration graceTime = Duration.ofMinutes(graceMinutes.getAsInt());
    List<JobStatus> statuses = new ArrayList<>();
    try {
      // The clash rules of schedule run (README, "Running it"): a state file that is the audit
      // log, or the schedule file, would be read as the wrong file.
      Map<String, Path> records = new LinkedHashMap<>();
      records.put("--audit-log", auditPath);
      records.put("--state", statePath);
      SchedulePaths.neverClash(records, SchedulePaths.scheduleInputs(file, statePath,
          schedule.records().states(), schedule.context(), null, List.of()));
      // A file that is not a phonelock audit log would be read as one with no attempts: OK.
      schedule.records().auditLogs().checkAppendable(auditPath);
      AttemptHistory history = schedule.records().histories().open(auditPath);
      List<ScheduleTarget> targets = ScheduleTarget.of(scheduleFile, schedule.context(),
          new ConnectionOptions(), false, Optional.empty());
      ScheduleStateStore.Shared state = schedule.records().states().open(statePath);
      for (ScheduleTarget target : targets) {
        statuses.addAll(new ScheduleStatus(scheduleFile.schedule(),
            target.state(state, targets.size()), history, target.server()).check(now, graceTime));
      }
    } catch (InvalidInputException | RefusedFileException | UncheckedIOException e) {
      return report.unknown(e.getMessage());
    }
    return report.print(statuses, scheduleFile.schedule().zone(), graceTime);
  }

  @Override
  public String unknownLine(String reason) {
    return StatusReport.unknownLine(reason);
  }
}
