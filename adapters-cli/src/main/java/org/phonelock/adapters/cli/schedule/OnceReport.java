package org.phonelock.adapters.cli.schedule;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
      worst = ExitCodes.worse(worst, exitCode(result));
    }
    return worst;
  }

  private static int exitCode(FiringResult result) {
    return result.result() instanceof AttemptResult.Answered answered
        ? ExitCodes.of(answered.result())
        : ExitCodes.of(((AttemptResult.NoAnswer) result.result()).failure());
  }

  /**
   * With several servers, the line that names those where a firing was not applied, as {@code
   * lock} with several {@code --profile} names them.
   *
   * @return e.g. {@code phonelock schedule: applied on 1 of 2 servers; failed on rome (URL)};
   *     empty with one server, or when every attempt was applied
   */
  static Optional<String> failedServers(List<FiringResult> results,
      List<ScheduleTarget> targets) {
    if (targets.size() < 2) {
      return Optional.empty();
    }
    Set<String> failed = new HashSet<>();
    results.stream().filter(r -> exitCode(r) != ExitCodes.SUCCESS)
        .forEach(r -> failed.add(r.server()));
    if (failed.isEmpty()) {
      return Optional.empty();
    }
    List<String> named = targets.stream().filter(t -> failed.contains(t.server()))
        .map(ScheduleTarget::describe).toList();
    return Optional.of("phonelock schedule: applied on " + (targets.size() - named.size())
        + " of " + targets.size() + " servers; failed on " + String.join(", ", named));
  }

  /**
   * The line that ends a run whose audit log or state file could not be written.
   *
   * @return one line: the file and the reason, and whether the firing's request was sent
   */
  static String stopped(RecordKeepingException stop, ZoneId zone, boolean severalServers) {
    String request = "the " + stop.job().action().name().toLowerCase(Locale.ROOT) + " of job "
        + stop.job().name() + (severalServers ? " on " + stop.server() : "") + " (firing "
        + stop.firing().atZone(zone).toOffsetDateTime() + ")";
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
}
