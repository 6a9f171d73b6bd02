package org.phonelock.adapters.cli.schedule;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.phonelock.adapters.cli.CliContext;
import org.phonelock.adapters.cli.ExitCodes;
import org.phonelock.adapters.cli.PhoneLockClientFactory;
import org.phonelock.adapters.cli.ShutdownSignal;
import org.phonelock.application.port.in.RunSchedule;
import org.phonelock.application.port.out.Notifier;
import org.phonelock.application.schedule.FiringTimes;
import org.phonelock.application.schedule.ScheduleJob;
import picocli.CommandLine.Command;

/**
 * {@code phonelock schedule}: lock and unlock at cron times from a YAML schedule file (README,
 * "Schedules"). Holds what its subcommands share; they reach it as their parent command.
 */
@Command(
    name = "schedule",
    description = "Lock and unlock on a schedule: check a schedule file, list its next firings,"
        + " run it, check how it is doing (for monitoring), or export it for systemd, cron or"
        + " Windows Task Scheduler.",
    mixinStandardHelpOptions = true,
    subcommands = {
      ScheduleCheckCommand.class,
      ScheduleNextCommand.class,
      ScheduleRunCommand.class,
      ScheduleStatusCommand.class,
      ScheduleExportCommand.class,
    })
public final class ScheduleCommand implements Callable<Integer> {
  private final CliContext context;
  private final PhoneLockClientFactory clients;
  private final Clock clock;
  private final Supplier<LoopControl> loops;
  private final RunSchedule.Factory runs;
  private final Notifier.Factory notifiers;
  private final RecordStores records;

  /**
   * Creates the command for the real process.
   *
   * @param shutdown the process's stop signal, which ends {@code schedule run}
   * @param notifiers makes the notifier of a {@code notify:} section
   * @param records opens the state file, audit log and metrics file
   */
  @Inject
  public ScheduleCommand(CliContext context, PhoneLockClientFactory clients,
      ShutdownSignal shutdown, RunSchedule.Factory runs, Notifier.Factory notifiers,
      RecordStores records) {
    this(context, clients, Clock.systemUTC(), () -> LoopControl.onSignal(shutdown), runs,
        notifiers, records);
  }

  /**
   * Creates the command with a given clock and loop control (tests).
   *
   * @param clock the time source for catch-up, {@code next} and exports
   * @param loops makes the loop control of one {@code schedule run}
   * @param notifiers makes the notifier of a {@code notify:} section
   * @param records opens the state file, audit log and metrics file
   */
  public ScheduleCommand(CliContext context, PhoneLockClientFactory clients, Clock clock,
      Supplier<LoopControl> loops, RunSchedule.Factory runs, Notifier.Factory notifiers,
      RecordStores records) {
    this.context = requireNonNull(context, "context");
    this.clients = requireNonNull(clients, "clients");
    this.clock = requireNonNull(clock, "clock");
    this.loops = requireNonNull(loops, "loops");
    this.runs = requireNonNull(runs, "runs");
    this.notifiers = requireNonNull(notifiers, "notifiers");
    this.records = requireNonNull(records, "records");
  }

  /**
   * Called without a subcommand.
   *
   * @return {@link ExitCodes#USAGE}, after a line on standard error naming the subcommands
   */
  @Override
  public Integer call() {
    context.err().println("phonelock schedule: no command given; use one of: check, next, run,"
        + " status, export (see 'phonelock schedule --help')");
    return ExitCodes.USAGE;
  }

  /**
   * Reads a schedule file; on problems prints each as {@code FILE:LINE: message} on standard
   * error.
   *
   * @return the schedule, or empty when the file has problems
   */
  Optional<ScheduleFile> load(Path file) {
    ScheduleFileParser.Result result = ScheduleFileParser.parse(file);
    List<String> errors = errors(file, result);
    if (!errors.isEmpty()) {
      context.err().println("phonelock schedule: " + file + " has " + errors.size()
          + (errors.size() == 1 ? " error" : " errors") + "; nothing was sent");
      return Optional.empty();
    }
    return result.file();
  }

  /**
   * Prints each error of a schedule file as {@code FILE:LINE: message} on standard error: those
   * found reading it, and a job that never fires; {@code schedule status} reports them in its
   * own first line.
   *
   * @return the errors, in file order; empty when the file is valid
   */
  List<String> errors(Path file, ScheduleFileParser.Result result) {
    List<String> errors = new ArrayList<>();
    result.problems().forEach(problem -> errors.add(problem.format(file)));
    result.file().ifPresent(loaded -> errors.addAll(neverFiring(loaded)));
    errors.forEach(context.err()::println);
    return errors;
  }

  /**
   * A lock or unlock that never happens leaves phones in the wrong state: an error for every
   * command that reads the file, from this command's clock.
   */
  private List<String> neverFiring(ScheduleFile file) {
    FiringTimes times = new FiringTimes(file.schedule().zone());
    List<String> errors = new ArrayList<>();
    for (ScheduleJob job : file.schedule().jobs()) {
      if (times.nextAfter(job, clock.instant()).isEmpty()) {
        errors.add(file.cronSource(job) + ": cron \"" + job.cron().expression()
            + "\" never fires (within ten years, after except); fix the cron expression or"
            + " remove the job");
      }
    }
    return errors;
  }

  /**
   * Reads a schedule file as {@link #load} does, and also refuses it when a profile it names
   * cannot be used ({@link ScheduleTarget#profileProblems}), for the commands that resolve no
   * server ({@code next}, {@code export}).
   *
   * @return the schedule, or empty after the problems were printed
   */
  Optional<ScheduleFile> loadWithProfiles(Path file) {
    Optional<ScheduleFile> loaded = load(file);
    List<String> problems = loaded.map(f -> ScheduleTarget.profileProblems(f, context))
        .orElse(List.of());
    if (problems.isEmpty()) {
      return loaded;
    }
    problems.forEach(context.err()::println);
    context.err().println("phonelock schedule: " + file + " has " + problems.size()
        + (problems.size() == 1 ? " error" : " errors"));
    return Optional.empty();
  }

  CliContext context() {
    return context;
  }

  PhoneLockClientFactory clients() {
    return clients;
  }

  Clock clock() {
    return clock;
  }

  LoopControl newLoop() {
    return loops.get();
  }

  RunSchedule.Factory runs() {
    return runs;
  }

  Notifier.Factory notifiers() {
    return notifiers;
  }

  RecordStores records() {
    return records;
  }
}
