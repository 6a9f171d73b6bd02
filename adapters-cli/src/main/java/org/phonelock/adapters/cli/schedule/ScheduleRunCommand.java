package org.phonelock.adapters.cli.schedule;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.phonelock.adapters.cli.CliContext;
import org.phonelock.adapters.cli.ConnectionSettings;
import org.phonelock.adapters.cli.ExitCodes;
import org.phonelock.adapters.cli.InvalidInputException;
import org.phonelock.adapters.cli.PhoneLockSession;
import org.phonelock.adapters.cli.ScheduleConnectionOptions;
import org.phonelock.application.schedule.AuditLog;
import org.phonelock.application.schedule.FiringResult;
import org.phonelock.application.schedule.JobSender;
import org.phonelock.application.schedule.RecordKeepingException;
import org.phonelock.application.schedule.RunSettings;
import org.phonelock.application.schedule.ScheduleRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code phonelock schedule run FILE}: runs a schedule until stopped, or with {@code --once}
 * catches up and exits with the worst outcome's exit code (issue "Schedules").
 */
@Command(
    name = "run",
    description = "Run a schedule until stopped (Ctrl-C, SIGTERM): catch up, then lock and"
        + " unlock at each firing, retrying failures until they succeed or a later firing for"
        + " the same filters supersedes them. With --once: catch up now and exit.",
    mixinStandardHelpOptions = true,
    footer = {"", "Password: PHONELOCK_PASSWORD, --password-file, --password-stdin, the"
        + " schedule file's password key (file readable by its owner alone), or a prompt.",
        "State and audit log default to STEM.state.json and STEM.audit.jsonl next to the"
        + " schedule file.",
        "With --once the exit code is the worst outcome: 0 all applied or nothing due, 3 to 6"
        + " as for lock and unlock, 1 internal error.",
        "Each request is written to the audit log before it is sent; when the audit log or the"
        + " state file cannot be written, the run stops with exit code 7."})
final class ScheduleRunCommand implements Callable<Integer> {
  @ParentCommand ScheduleCommand schedule;

  @Parameters(index = "0", paramLabel = "FILE", description = "The schedule file (YAML).")
  Path file;

  @Option(names = "--once", description = "Catch up now (one attempt per firing) and exit.")
  boolean once;

  @Option(names = "--no-catch-up",
      description = "Do not apply past firings on start; only firings from now on.")
  boolean noCatchUp;

  @Option(names = "--state", paramLabel = "FILE",
      description = "The state file (default: STEM.state.json next to the schedule file).")
  Path state;

  @Option(names = "--audit-log", paramLabel = "FILE",
      description = "The audit log, JSON lines (default: STEM.audit.jsonl next to the schedule"
          + " file).")
  Path auditLog;

  @Mixin ScheduleConnectionOptions connection;

  /**
   * Runs the schedule.
   *
   * @return 0 after a clean stop; with {@code --once} the worst outcome's exit code; 2 when the
   *     file or a flag is invalid; 7 when the audit log or the state file cannot be written
   * @throws InvalidInputException when a flag, the password or a file location is not usable
   * @throws InterruptedException when interrupted while waiting
   */
  @Override
  public Integer call() throws InterruptedException {
    if (once && noCatchUp) {
      throw new InvalidInputException("--once catches up and exits; it cannot be combined with"
          + " --no-catch-up");
    }
    Optional<ScheduleFile> loaded = schedule.load(file);
    if (loaded.isEmpty()) {
      return ExitCodes.USAGE;
    }
    ScheduleFile scheduleFile = loaded.get();
    CliContext context = schedule.context();
    ConnectionSettings settings = settings(scheduleFile);
    URI server = settings.server();
    Path statePath = SchedulePaths.writableLocation(
        state != null ? state : SchedulePaths.defaultState(file), "--state");
    Path auditPath = SchedulePaths.appendable(
        auditLog != null ? auditLog : SchedulePaths.defaultAuditLog(file), "--audit-log");
    JsonStateFile stateFile = JsonStateFile.open(statePath);
    AuditLog fileAudit = new JsonLinesAuditLog(auditPath, scheduleFile.schedule().zone());
    try (PhoneLockSession session = open(settings)) {
      return run(scheduleFile, session, server, stateFile, fileAudit, auditPath, statePath);
    } catch (RecordKeepingException e) {
      if (once) {
        List<FiringResult> attempted = new ArrayList<>(e.earlier());
        e.answer().ifPresent(a -> attempted.add(new FiringResult(e.job(), e.firing(), a)));
        OnceReport.report(attempted, server, scheduleFile.schedule().zone(), context);
      }
      context.err().println(OnceReport.stopped(e, scheduleFile.schedule().zone()));
      return ExitCodes.NOT_RECORDED;
    } catch (UncheckedIOException e) {
      // Disk full, or a file made read-only while running: not a bug, but the run cannot go on.
      context.err().println("phonelock schedule: " + e.getMessage() + "; stopped");
      return ExitCodes.NOT_RECORDED;
    }
  }

  private ConnectionSettings settings(ScheduleFile scheduleFile) {
    // Checked first, so that a profile problem names the schedule file's key, not --profile.
    scheduleFile.profile().flatMap(name -> ScheduleConnectionOptions.profileProblem(
        schedule.context(), name, scheduleFile.profileSource())).ifPresent(problem -> {
          throw new InvalidInputException(problem);
        });
    ConnectionSettings settings;
    try {
      settings = connection.toSettings(schedule.context(), scheduleFile.server(),
          scheduleFile.user(), scheduleFile.profile(), scheduleFile.password());
    } catch (InvalidInputException e) {
      throw new InvalidInputException("schedule " + file + ": " + e.getMessage());
    }
    if (ScheduleConnectionOptions.sendsCredentialsInClear(settings.server())) {
      schedule.context().err().println("phonelock: warning: credentials go unencrypted over"
          + " plain http to " + settings.server().getHost() + "; use https");
    }
    return settings;
  }

  private int run(ScheduleFile scheduleFile, PhoneLockSession session, URI server,
      JsonStateFile stateFile, AuditLog fileAudit, Path auditPath, Path statePath)
      throws InterruptedException {
    JobSender sender = new JobSender(session.lockPhones(), session.unlockPhones());
    RunSettings runSettings = RunSettings.defaults(server.toString());
    if (once) {
      ScheduleRunner runner = new ScheduleRunner(scheduleFile.schedule(), sender, stateFile,
          fileAudit, schedule.clock(), duration -> { }, runSettings);
      return OnceReport.report(runner.runOnce(), server, scheduleFile.schedule().zone(),
          schedule.context());
    }
    return loop(scheduleFile, sender, stateFile, fileAudit, runSettings, auditPath, statePath);
  }

  private int loop(ScheduleFile scheduleFile, JobSender sender, JsonStateFile stateFile,
      AuditLog fileAudit, RunSettings runSettings, Path auditPath, Path statePath)
      throws InterruptedException {
    CliContext context = schedule.context();
    ConsoleAudit console = new ConsoleAudit(context, scheduleFile.schedule().zone());
    AuditLog audit = record -> {
      fileAudit.record(record);
      console.record(record);
    };
    LoopControl loop = schedule.newLoop();
    context.err().println("phonelock schedule: running " + file + " ("
        + scheduleFile.schedule().jobs().size() + " jobs, " + scheduleFile.schedule().zone()
        + "); audit log " + auditPath + "; state " + statePath + "; stop with Ctrl-C or SIGTERM");
    context.err().flush();
    try {
      new ScheduleRunner(scheduleFile.schedule(), sender, stateFile, audit, schedule.clock(),
          loop.sleeper(), runSettings).run(!noCatchUp, loop::stopRequested);
      // Before finished(): once it is called the shutdown hook returns and the JVM may halt.
      context.err().println("phonelock schedule: stopped");
      context.err().flush();
    } finally {
      loop.finished();
    }
    return ExitCodes.SUCCESS;
  }

  private PhoneLockSession open(ConnectionSettings settings) {
    try {
      return schedule.clients().open(settings);
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new InvalidInputException(settings.describeFailure(e));
    }
  }
}
