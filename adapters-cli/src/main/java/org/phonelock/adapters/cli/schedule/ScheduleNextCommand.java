package org.phonelock.adapters.cli.schedule;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.phonelock.adapters.cli.ExitCodes;
import org.phonelock.adapters.cli.InvalidInputException;
import org.phonelock.application.schedule.Firing;
import org.phonelock.application.schedule.FiringTimes;
import org.phonelock.application.schedule.UpcomingFirings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code phonelock schedule next FILE}: the next firings, one a line: the local date-time with
 * its UTC offset in ISO-8601 ({@code 2026-03-29T03:00+02:00}), the job, the action and the
 * filters; a firing that DST moved says which local time it stands for.
 */
@Command(
    name = "next",
    description = "List the next firings of a schedule, one a line: local date-time with UTC"
        + " offset (ISO-8601), job, action, filters.",
    mixinStandardHelpOptions = true)
final class ScheduleNextCommand implements Callable<Integer> {
  @ParentCommand ScheduleCommand schedule;

  @Parameters(index = "0", paramLabel = "FILE", description = "The schedule file (YAML).")
  Path file;

  @Option(names = "--count", paramLabel = "N", defaultValue = "10",
      description = "How many firings, 1 to 1000 (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--from", paramLabel = "ISO-8601-TIME",
      description = "List firings at or after this time instead of now: 2026-03-29T00:00+01:00,"
          + " 2026-03-28T23:00Z, or 2026-03-29T00:00 and 2026-03-29 in the schedule's zone.")
  String from;

  /**
   * Lists the firings.
   *
   * @return 0, or 2 when the file or a flag is invalid
   * @throws InvalidInputException when {@code --count} or {@code --from} is not accepted
   */
  @Override
  public Integer call() {
    if (count < 1 || count > 1000) {
      throw new InvalidInputException("--count " + count + " is not accepted; expected 1 to 1000");
    }
    Optional<ScheduleFile> loaded = schedule.loadWithProfiles(file);
    if (loaded.isEmpty()) {
      return ExitCodes.USAGE;
    }
    ZoneId zone = loaded.get().schedule().zone();
    Instant start = from == null ? schedule.clock().instant() : parseFrom(from, zone);
    List<Firing> firings = new UpcomingFirings(loaded.get().schedule()).from(start, count);
    firings.forEach(firing -> schedule.context().out().println(line(firing)));
    if (firings.size() < count) {
      schedule.context().err().println("phonelock schedule next: no more firings within ten"
          + " years after the last one listed");
    }
    return ExitCodes.SUCCESS;
  }

  static String line(Firing firing) {
    String moved = firing.movedByDst()
        ? " (for " + firing.nominal().toLocalTime() + ", skipped by DST)" : "";
    return firing.time().toOffsetDateTime() + " " + firing.job().name() + " "
        + firing.job().definition() + moved;
  }

  static Instant parseFrom(String text, ZoneId zone) {
    Instant instant = parseAnyShape(text, zone);
    int year;
    try {
      year = instant.atZone(zone).getYear();
    } catch (DateTimeException e) {
      year = Integer.MAX_VALUE; // beyond what java.time holds in this zone (+999999999-12-31)
    }
    if (year < 1 || year > 9999) {
      throw new InvalidInputException("--from '" + text + "' is not accepted; expected a time in"
          + " the years 1 to 9999");
    }
    return instant;
  }

  private static Instant parseAnyShape(String text, ZoneId zone) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException e) {
      // next shape
    }
    try {
      return ZonedDateTime.parse(text).toInstant();
    } catch (DateTimeException e) {
      // next shape
    }
    try {
      return new FiringTimes(zone).resolve(LocalDateTime.parse(text)).toInstant();
    } catch (DateTimeException e) {
      // next shape
    }
    try {
      return new FiringTimes(zone).resolve(LocalDate.parse(text).atStartOfDay()).toInstant();
    } catch (DateTimeException e) {
      throw new InvalidInputException("--from '" + text + "' is not accepted; expected an"
          + " ISO-8601 time such as 2026-03-29T00:00+01:00 or 2026-03-28T23:00Z, or a local"
          + " 2026-03-29T00:00 or 2026-03-29 in the schedule's time zone");
    }
  }
}
