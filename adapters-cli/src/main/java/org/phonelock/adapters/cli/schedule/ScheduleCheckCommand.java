package org.phonelock.adapters.cli.schedule;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.phonelock.adapters.cli.ExitCodes;
import org.phonelock.adapters.cli.ScheduleConnectionOptions;
import org.phonelock.application.schedule.Firing;
import org.phonelock.application.schedule.FiringTimes;
import org.phonelock.application.schedule.ScheduleJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code phonelock schedule check FILE}: validates a schedule file, naming every error. */
@Command(
    name = "check",
    description = "Check a schedule file. Every error is printed as FILE:LINE: message; exit"
        + " code 0 when valid, 2 when not.",
    mixinStandardHelpOptions = true)
final class ScheduleCheckCommand implements Callable<Integer> {
  @ParentCommand ScheduleCommand schedule;

  @Parameters(index = "0", paramLabel = "FILE", description = "The schedule file (YAML).")
  Path file;

  /**
   * Checks the file.
   *
   * @return 0 when valid, 2 when not (including a job that never fires)
   */
  @Override
  public Integer call() {
    Optional<ScheduleFile> loaded = schedule.load(file);
    if (loaded.isEmpty()) {
      return ExitCodes.USAGE;
    }
    ScheduleFile valid = loaded.get();
    Optional<String> profileProblem = valid.profile().flatMap(
        name -> ScheduleConnectionOptions.profileProblem(schedule.context(), name));
    if (profileProblem.isPresent()) {
      schedule.context().err().println(file + ": profile: " + profileProblem.get());
      return ExitCodes.USAGE;
    }
    var out = schedule.context().out();
    int jobs = valid.schedule().jobs().size();
    out.println(file + ": valid: " + jobs + (jobs == 1 ? " job" : " jobs") + ", time zone "
        + valid.schedule().zone());
    FiringTimes times = new FiringTimes(valid.schedule().zone());
    int neverFiring = 0;
    for (ScheduleJob job : valid.schedule().jobs()) {
      Optional<Firing> next = times.nextAfter(job, schedule.clock().instant());
      out.println("  " + job.name() + ": " + job.definition() + " at \"" + job.cron().expression()
          + "\"" + (job.except().isEmpty() ? "" : " except " + job.except()) + "; "
          + next.map(f -> "next " + f.time().toOffsetDateTime()).orElse("never fires again"));
      if (next.isEmpty()) {
        neverFiring++;
        // A lock or unlock that never happens leaves phones in the wrong state: an error.
        schedule.context().err().println(file + ": job " + job.name() + ": cron \""
            + job.cron().expression() + "\" never fires (within ten years, after except);"
            + " fix the cron expression or remove the job");
      }
    }
    if (neverFiring > 0) {
      return ExitCodes.USAGE;
    }
    valid.server().filter(ScheduleConnectionOptions::sendsCredentialsInClear).ifPresent(s ->
        schedule.context().err().println("phonelock schedule: warning: credentials would go"
            + " unencrypted over plain http to " + s.getHost() + "; use https"));
    return ExitCodes.SUCCESS;
  }
}
