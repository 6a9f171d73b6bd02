package org.phonelock.adapters.cli.schedule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.phonelock.adapters.cli.ExitCodes;
import org.phonelock.application.schedule.Firing;
import org.phonelock.application.schedule.FiringTimes;
import org.phonelock.application.schedule.ScheduleJob;
import org.phonelock.domain.ServerUrl;
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
   * Checks the file; prints "valid" only when every check passed.
   *
   * @return 0 when valid, 2 when not (including a job that never fires, refused by {@link
   *     ScheduleCommand#load})
   */
  @Override
  public Integer call() {
    Optional<ScheduleFile> loaded = schedule.load(file);
    if (loaded.isEmpty()) {
      return ExitCodes.USAGE;
    }
    ScheduleFile valid = loaded.get();
    var err = schedule.context().err();
    List<String> errors = new ArrayList<>(ScheduleTarget.profileProblems(valid, schedule.context()));
    FiringTimes times = new FiringTimes(valid.schedule().zone());
    Map<ScheduleJob, Firing> next = new LinkedHashMap<>();
    for (ScheduleJob job : valid.schedule().jobs()) {
      // Every job fires: load refused the file otherwise.
      times.nextAfter(job, schedule.clock().instant()).ifPresent(f -> next.put(job, f));
    }
    if (!errors.isEmpty()) {
      errors.forEach(err::println);
      err.println("phonelock schedule: " + file + " has " + errors.size()
          + (errors.size() == 1 ? " error" : " errors"));
      return ExitCodes.USAGE;
    }
    var out = schedule.context().out();
    int jobs = valid.schedule().jobs().size();
    out.println(file + ": valid: " + jobs + (jobs == 1 ? " job" : " jobs") + ", time zone "
        + valid.schedule().zone());
    next.forEach((job, firing) -> out.println("  " + job.name() + ": " + job.definition()
        + " at \"" + job.cron().expression() + "\""
        + (job.except().isEmpty() ? "" : " except " + job.except()) + "; next "
        + firing.time().toOffsetDateTime()));
    valid.server().filter(s -> ServerUrl.of(s).sendsCredentialsInClear()).ifPresent(s ->
        err.println("phonelock schedule: warning: credentials would go unencrypted over plain"
            + " http to " + s.getHost() + "; use https"));
    return ExitCodes.SUCCESS;
  }
}
