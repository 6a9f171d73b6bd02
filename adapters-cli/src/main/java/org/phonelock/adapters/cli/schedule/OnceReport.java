package org.phonelock.adapters.cli.schedule;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.phonelock.adapters.cli.ExitCodes;
import org.phonelock.application.schedule.AttemptResult;
import org.phonelock.application.schedule.FiringResult;
import org.phonelock.application.schedule.RecordKeepingException;

/**
 * The end of {@code schedule run --once}: the exit code of the worst outcome (each attempt was
 * printed as it happened, by {@link AttemptReport}), or the line that says why a run stopped.
 */
final class OnceReport {
  private OnceReport() {}

  /**
   * @return the worst exit code of {@link ExitCodes}: 1 (internal error) above all, then the
   *     highest; 0 when every firing was applied or none was due
   */
  static int worst(List<FiringResult> results) {
    int worst = ExitCodes.SUCCESS;
    for (FiringResult result : results) {
      int code = result.result() instanceof AttemptResult.Answered answered
          ? ExitCodes.of(answered.result())
          : ExitCodes.of(((AttemptResult.NoAnswer) result.result()).failure());
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
    return ExitCodes.worse(one, other);
  }
}
