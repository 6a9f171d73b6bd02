package org.phonelock.adapters.cli.schedule;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.phonelock.adapters.cli.CliContext;
import org.phonelock.adapters.cli.ExitCodes;
import org.phonelock.adapters.cli.ScheduleConnectionOptions;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.schedule.AttemptResult;
import org.phonelock.application.schedule.FiringResult;
import org.phonelock.application.schedule.RecordKeepingException;
import org.phonelock.application.schedule.ScheduleJob;

/**
 * Reports {@code schedule run --once}: one line on standard output per firing applied, one line
 * on standard error per firing that failed (as {@code lock} and {@code unlock} word them), and
 * the exit code of the worst outcome.
 */
final class OnceReport {
  private OnceReport() {}

  /**
   * Prints the results.
   *
   * @return the worst exit code of {@link ExitCodes}: 1 (internal error) above all, then the
   *     highest; 0 when every firing was applied or none was due
   */
  static int report(List<FiringResult> results, URI server, ZoneId zone, CliContext context) {
    int worst = ExitCodes.SUCCESS;
    for (FiringResult result : results) {
      ScheduleJob job = result.job();
      String about = "job " + job.name() + ", firing "
          + result.firing().atZone(zone).toOffsetDateTime();
      int code;
      if (result.result() instanceof AttemptResult.Answered answered) {
        PhoneLockResult answer = answered.result();
        code = ExitCodes.of(answer);
        if (answer instanceof PhoneLockResult.Applied applied) {
          context.out().println(ScheduleConnectionOptions.appliedSummary(job.action(), server,
              job.filter(), applied) + " (" + about + ")");
        } else {
          context.err().println(ScheduleConnectionOptions.failureLine(job.action(), server,
              answer) + " (" + about + "; the next run tries again)");
        }
      } else {
        AttemptResult.NoAnswer none = (AttemptResult.NoAnswer) result.result();
        code = ExitCodes.of(none.failure());
        context.err().println("phonelock: " + job.action().name().toLowerCase(Locale.ROOT)
            + " on " + server + " failed: no answer from the server (" + none.message()
            + "); check the server and the network (" + about + "; the next run tries again)");
      }
      worst = worse(worst, code);
    }
    return worst;
  }

  /**
   * The line that ends a run whose audit log or state file could not be written.
   *
   * @return one line: the file and the reason, and whether the firing's request was sent
   */
  static String stopped(RecordKeepingException stop, ZoneId zone) {
    String request = "the " + stop.job().action().name().toLowerCase(Locale.ROOT) + " of job "
        + stop.job().name() + " (firing " + stop.firing().atZone(zone).toOffsetDateTime() + ")";
    String fate;
    if (stop.answer().isEmpty()) {
      fate = request + " was not sent";
    } else if (stop.stateRecorded()) {
      fate = request + " was sent (" + stop.answer().get().outcome().label()
          + ") and the state file has it";
    } else {
      fate = request + " was sent (" + stop.answer().get().outcome().label() + ") but the state"
          + " file does not have it, so the next run sends it again";
    }
    return "phonelock schedule: " + stop.getMessage() + "; " + fate + "; stopped before sending"
        + " anything else: free disk space or fix the file's permissions, then run again";
  }

  static int worse(int one, int other) {
    if (one == ExitCodes.INTERNAL || other == ExitCodes.INTERNAL) {
      return ExitCodes.INTERNAL;
    }
    return Math.max(one, other);
  }
}
