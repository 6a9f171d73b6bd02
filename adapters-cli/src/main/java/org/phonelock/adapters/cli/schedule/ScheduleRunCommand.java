package org.phonelock.adapters.cli.schedule;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.phonelock.adapters.cli.CliContext;
import org.phonelock.adapters.cli.ConnectionOptions;
import org.phonelock.adapters.cli.ConnectionSettings;
import org.phonelock.adapters.cli.ExitCodeList;
import org.phonelock.adapters.cli.ExitCodes;
import org.phonelock.adapters.cli.InvalidInputException;
import org.phonelock.adapters.cli.OutputFormat;
import org.phonelock.adapters.cli.PhoneLockSession;
import org.phonelock.adapters.cli.PasswordAndTransportOptions;
import org.phonelock.application.port.out.AuditLog;
import org.phonelock.application.port.out.Notifier;
import org.phonelock.application.port.out.ScheduleMetrics;
import org.phonelock.application.port.out.ScheduleStateStore;
import org.phonelock.application.schedule.FailureAlerts;
import org.phonelock.application.schedule.FiringResult;
import org.phonelock.application.schedule.RecordKeepingException;
import org.phonelock.application.schedule.RunSettings;
import org.phonelock.application.port.out.Sleeper;
import org.phonelock.domain.ServerUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import org.phonelock.application.port.in.RunSchedule;

/**
 * {@code phonelock schedule run FILE}: runs a schedule until stopped, or with {@code --once}
 * catches up and exits with the worst outcome's exit code (README, "Running it"). Both print each
 * attempt as {@code lock} and {@code unlock} print their request ({@link AttemptReport}).
 */
@Command(
    name = "run",
    description = "Run a schedule until stopped (Ctrl-C, SIGTERM): catch up, then lock and"
        + " unlock at each firing, retrying failures until they succeed or a later firing for"
        + " the same filters supersedes them. With --once: catch up now and exit.",
    mixinStandardHelpOptions = true,
    footerHeading = "%nFrom the schedule file:%n",
    footer = {"timezone and jobs; server and user (--server and --user win over them); password"
        + " and profile (which gives the settings that neither the file nor a flag gives); or"
        + " profiles: [milan, rome] to act on the server of each profile, in parallel, each"
        + " with its own attempts, catch-up and state.",
        "Password: --password-stdin, --password-file, PHONELOCK_PASSWORD, the schedule file's"
        + " password key (file readable by its owner alone), the profile's, or a prompt.",
        "State and audit log default to STEM.state.json and STEM.audit.jsonl next to the"
        + " schedule file. Each request is written to the audit log before it is sent.",
        "Output: one line (or JSON object) per attempt, with and without --once. With --once"
        + " the exit code is the worst outcome (0 when all applied or nothing was due).",
        "Alerts: the schedule file's notify: section (webhook, ping, after-failed-attempts);"
        + " delivered in the background, never delaying or changing an action; each delivery"
        + " is in the audit log."})
final class ScheduleRunCommand implements Callable<Integer> {
  @ParentCommand ScheduleCommand schedule;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The schedule file (YAML).")
  Path file;

  @Option(names = "--once", description = "Catch up now (one attempt per firing) and exit.")
  boolean once;

  @Option(names = "--no-catch-up",
      description = "Do not apply past firings on start; only firings from now on.")
  boolean noCatchUp;

  @Option(names = "--dry-run", description = "Print the requests that are due now"
      + " (Authorization redacted); send nothing, write no state, audit record or metrics file,"
      + " and exit.")
  boolean dryRun;

  @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
      completionCandidates = OutputFormat.Names.class,
      description = "text or json, one line or object per attempt (default: ${DEFAULT-VALUE}).")
  OutputFormat output;

  @Option(names = {"-v", "--verbose"},
      description = "Log request and response lines on standard error (Authorization redacted).")
  boolean verbose;

  @Mixin ScheduleRecordFiles records;

  @Option(names = "--metrics-file", paramLabel = "FILE",
      description = "Write metrics in the Prometheus text format to FILE (e.g. for"
          + " node_exporter's textfile collector), replaced atomically after every attempt and"
          + " at least every minute: per job the last applied and latest due firing, attempts,"
          + " outcome; and a heartbeat.")
  Path metricsFile;

  // Not ConnectionOptions as a mixin: run has no --profile (the file's profile key names it).
  @Option(names = "--server", paramLabel = "URL", description = "The Imagicle server, instead of "
      + "the schedule file's server (env PHONELOCK_SERVER, profile key server, when neither "
      + "gives it).")
  String serverFlag;

  @Option(names = "--user", paramLabel = "NAME", description = "UCX Suite user with Phone Lock "
      + "rights, instead of the schedule file's user (env PHONELOCK_USER, profile key user, when "
      + "neither gives it).")
  String userFlag;

  @Mixin PasswordAndTransportOptions transport = new PasswordAndTransportOptions();
  @Mixin ExitCodeList exitCodes;

  /**
   * Runs the schedule.
   *
   * @return 0 after a clean stop or a dry run; with {@code --once} the worst outcome's exit code;
   *     2 when the file or a flag is invalid; 7 when the audit log or the state file cannot be
   *     written
   * @throws InvalidInputException when a flag, the password or a file location is not usable
   * @throws InterruptedException when interrupted while waiting
   */
  @Override
  public Integer call() throws InterruptedException {
    if (once && noCatchUp) {
      throw new InvalidInputException("--once catches up and exits; it cannot be combined with"
          + " --no-catch-up");
    }
    if (dryRun && noCatchUp) {
      throw new InvalidInputException("--dry-run shows what a catch-up would send now; it cannot"
          + " be combined with --no-catch-up");
    }
    Optional<ScheduleFile> loaded = schedule.load(file);
    if (loaded.isEmpty()) {
      return ExitCodes.USAGE;
    }
    ScheduleFile scheduleFile = loaded.get();
    Path statePath = records.state(file);
    Path auditPath = records.auditLog(file);
    checkRecordFiles(statePath, auditPath, List.of());
    List<ScheduleTarget> targets = targets(scheduleFile);
    checkRecordFiles(statePath, auditPath, targets.stream().map(ScheduleTarget::settings).toList());
    if (dryRun) {
      ScheduleStateStore.Shared state = schedule.records().states().open(statePath);
      for (ScheduleTarget target : targets) {
        try (PhoneLockSession session = schedule.clients().open(target.settings())) {
          target.profile().ifPresent(p -> schedule.context().out().println(
              "# profile " + p + ": " + target.server()));
          SchedulePreview.print(schedule.runs(), scheduleFile.schedule(),
              target.state(state, targets.size()), session, schedule.clock(), target.server(),
              schedule.context());
        }
      }
      return ExitCodes.SUCCESS;
    }
    SchedulePaths.writableLocation(statePath, "--state");
    SchedulePaths.appendable(auditPath, "--audit-log");
    if (metricsFile != null) {
      SchedulePaths.writableLocation(metricsFile, "--metrics-file");
    }
    ScheduleStateStore.Shared stateFile = schedule.records().states().open(statePath);
    Map<String, String> profiles = new LinkedHashMap<>();
    targets.forEach(t -> t.profile().ifPresent(p -> profiles.put(t.server(), p)));
    AuditLog.WithDeliveries fileAudit = schedule.records().auditLogs()
        .open(auditPath, scheduleFile.schedule().zone(), profiles);
    CliContext context = schedule.context();
    Optional<ScheduleMetrics> metrics = Optional.ofNullable(metricsFile)
        .map(path -> schedule.records().metrics().open(path, scheduleFile.schedule(),
            targets.stream().map(t -> new ScheduleMetrics.Server(t.server(),
                t.state(stateFile, targets.size()))).toList(),
            schedule.records().histories().open(auditPath), schedule.clock(), context::errLine));
    NotifySettings notify = scheduleFile.notifications();
    Optional<Notifier> notifier = notify.any()
        ? Optional.of(schedule.notifiers().open(notify.webhook(), notify.ping(),
            scheduleFile.schedule().zone(), schedule.clock(), fileAudit::recordDelivery))
        : Optional.empty();
    Optional<FailureAlerts> alerts = notifier.map(n -> new FailureAlerts(
        schedule.records().histories().open(auditPath), n, notify.afterFailedAttempts()));
    List<PhoneLockSession> sessions = new ArrayList<>();
    try {
      AttemptReport report = new AttemptReport(context, scheduleFile.schedule().zone(), output,
          once ? "the next run tries again" : "retrying with backoff");
      List<RunSchedule.Target> runnerTargets = new ArrayList<>();
      for (ScheduleTarget target : targets) {
        PhoneLockSession session = schedule.clients().open(target.settings());
        sessions.add(session);
        runnerTargets.add(new RunSchedule.Target(target.server(), report.sender(session),
            target.state(stateFile, targets.size())));
      }
      AuditLog audit = record -> {
        fileAudit.record(record);
        report.record(record);
        metrics.ifPresent(m -> m.record(record));
        alerts.ifPresent(a -> a.record(record));
      };
      metrics.ifPresent(ScheduleMetrics::write);
      if (once) {
        List<FiringResult> results = schedule.runs().create(scheduleFile.schedule(),
            runnerTargets, audit, schedule.clock(), duration -> { }, RunSettings.defaults())
            .runOnce();
        metrics.ifPresent(ScheduleMetrics::write);
        OnceReport.failedServers(results, targets).ifPresent(context.err()::println);
        return OnceReport.worst(results);
      }
      return loop(scheduleFile, runnerTargets, audit, auditPath, statePath, metrics);
    } catch (RecordKeepingException e) {
      context.err().println(OnceReport.stopped(e, scheduleFile.schedule().zone(),
          targets.size() > 1));
      return ExitCodes.NOT_RECORDED;
    } catch (UncheckedIOException e) {
      // Disk full, or a file made read-only while running: not a bug, but the run cannot go on.
      context.err().println("phonelock schedule: " + e.getMessage() + "; stopped");
      return ExitCodes.NOT_RECORDED;
    } finally {
      sessions.forEach(PhoneLockSession::close);
      notifier.ifPresent(Notifier::close);
    }
  }

  /**
   * The state file, audit log and metrics file never overwrite an input, each other, or what is
   * not a file, nor a file that phonelock did not write (README, "Running it"); checked before
   * anything is written or sent, and again with each server's CA file once they are resolved.
   */
  private void checkRecordFiles(Path statePath, Path auditPath,
      List<ConnectionSettings> connections) {
    Map<String, Path> inputs = SchedulePaths.scheduleInputs(file, statePath,
        schedule.records().states(), schedule.context(),
        spec.findOption("--password-file").getValue(), connections);
    Map<String, Path> written = new LinkedHashMap<>();
    if (metricsFile != null) {
      written.put("--metrics-file", metricsFile); // first: the one a clash is most likely about
    }
    written.put("--audit-log", auditPath);
    written.put("--state", statePath);
    SchedulePaths.neverClobber(written, inputs);
    if (metricsFile != null) {
      schedule.records().metrics().checkReplaceable(metricsFile);
    }
    schedule.records().auditLogs().checkAppendable(auditPath);
  }

  /** Every server of the file, resolved and checked before anything is sent. */
  private List<ScheduleTarget> targets(ScheduleFile scheduleFile) {
    Optional<Consumer<String>> log = verbose
        ? Optional.of(line -> schedule.context().err().println("phonelock: " + line))
        : Optional.empty();
    List<ScheduleTarget> targets =
        ScheduleTarget.of(scheduleFile, schedule.context(),
            ConnectionOptions.of(serverFlag, userFlag, transport), !dryRun, log);
    for (ScheduleTarget target : targets) {
      URI server = target.settings().server();
      if (ServerUrl.of(server).sendsCredentialsInClear()) {
        schedule.context().err().println("phonelock: warning: credentials go unencrypted over"
            + " plain http to " + server.getHost()
            + target.profile().map(p -> " (profile '" + p + "')").orElse("") + "; use https");
      }
    }
    return targets;
  }

  private int loop(ScheduleFile scheduleFile, List<RunSchedule.Target> targets,
      AuditLog audit, Path auditPath, Path statePath, Optional<ScheduleMetrics> metrics)
      throws InterruptedException {
    CliContext context = schedule.context();
    LoopControl loop = schedule.newLoop();
    context.errLine("phonelock schedule: running " + file + " ("
        + scheduleFile.schedule().jobs().size() + " jobs, " + scheduleFile.schedule().zone()
        + (targets.size() > 1 ? ", " + targets.size() + " servers" : "")
        + "); audit log " + auditPath + "; state " + statePath + "; stop with Ctrl-C or SIGTERM");
    try {
      Sleeper sleeper = metrics.map(m -> m.around(loop.sleeper())).orElse(loop.sleeper());
      schedule.runs().create(scheduleFile.schedule(), targets, audit, schedule.clock(), sleeper,
          RunSettings.defaults()).run(!noCatchUp, loop::stopRequested);
      // Before finished(): once it is called the shutdown hook returns and the JVM may halt.
      context.errLine("phonelock schedule: stopped");
    } finally {
      loop.finished();
    }
    return ExitCodes.SUCCESS;
  }
}
