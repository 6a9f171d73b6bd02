package org.phonelock.adapters.files.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.phonelock.adapters.files.AtomicFiles;
import org.phonelock.application.port.out.RefusedFileException;
import org.phonelock.application.port.out.AttemptHistory;
import org.phonelock.application.schedule.AuditRecord;
import org.phonelock.application.schedule.JobStatus;
import org.phonelock.application.schedule.JobSuccess;
import org.phonelock.application.schedule.Schedule;
import org.phonelock.application.port.out.ScheduleMetrics;
import org.phonelock.application.schedule.ScheduleStatus;

/**
 * {@code schedule run --metrics-file FILE} (README, "Monitoring and alerts"): the Prometheus text exposition format
 * (version 0.0.4), for node_exporter's textfile collector, replaced whole (temporary file and
 * atomic move) after every attempt and at every wake-up of the run loop. Per job and server
 * (labels {@code job}, {@code action}, {@code server}): the time of the last applied firing and of
 * the latest due firing, the attempts made for that firing, and its outcome; plus the process's
 * heartbeat. The values come from {@link ScheduleStatus}, the rules {@code schedule status}
 * applies. A metrics file that cannot be written is reported on standard error and never stops
 * the schedule.
 */
public final class PrometheusMetricsFile implements ScheduleMetrics {
  /** Checks and opens metrics files: the port's factory. */
  public static final ScheduleMetrics.Factory FILES = new ScheduleMetrics.Factory() {
    @Override
    public void checkReplaceable(Path file) {
      PrometheusMetricsFile.checkReplaceable(file);
    }

    @Override
    public ScheduleMetrics open(Path file, Schedule schedule, List<Server> servers,
        AttemptHistory history, Clock clock, Consumer<String> warn) {
      return new PrometheusMetricsFile(file, schedule, servers, history, clock, warn);
    }
  };

  private final Path file;
  private final Schedule schedule;
  private final List<Server> servers;
  private final AttemptHistory history;
  private final Clock clock;
  private final Consumer<String> warn;
  private boolean failing;

  PrometheusMetricsFile(Path file, Schedule schedule, List<Server> servers,
      AttemptHistory history, Clock clock, Consumer<String> warn) {
    this.file = file;
    this.schedule = schedule;
    this.servers = List.copyOf(servers);
    this.history = history;
    this.clock = clock;
    this.warn = warn;
  }

  /**
   * How every metrics file phonelock writes starts (the heartbeat's HELP line comes first, in
   * this version and the earlier ones): the mark that tells a metrics file to replace from a file
   * that is someone else's.
   */
  static final String FIRST_LINE = "# HELP phonelock_heartbeat_timestamp_seconds ";

  /**
   * Refuses to replace an existing, non-empty file that phonelock did not write (README,
   * "schedule run --metrics-file"): one whose first line is not {@link #FIRST_LINE}. A missing or
   * empty file may be written; the command line refuses a path that is not a regular file
   * first.
   *
   * @throws RefusedFileException naming {@code --metrics-file} and the file
   */
  static void checkReplaceable(Path file) {
    if (!Files.isRegularFile(file)) {
      return;
    }
    byte[] start;
    try (InputStream in = Files.newInputStream(file)) {
      start = in.readNBytes(FIRST_LINE.length());
    } catch (IOException e) {
      throw new RefusedFileException("--metrics-file " + file + ": cannot be read ("
          + e.getClass().getSimpleName() + "), so it cannot be told from a file that is not a"
          + " phonelock metrics file; give another file");
    }
    if (start.length > 0 && !FIRST_LINE.equals(new String(start, StandardCharsets.UTF_8))) {
      throw new RefusedFileException("--metrics-file " + file + ": the file exists and is not a"
          + " phonelock metrics file (its first line is not '" + FIRST_LINE.strip()
          + " ...'), so it is not replaced; give a new file, or remove this one first");
    }
  }

  /** Rewrites the file after each attempt and outcome. */
  @Override
  public void record(AuditRecord record) {
    if (record.event() != AuditRecord.Event.REQUEST) {
      write();
    }
  }

  /** Rewrites the file now; on failure prints one warning until a write succeeds again. */
  @Override
  public void write() {
    try {
      AtomicFiles.replace(file, text(clock.instant()).getBytes(StandardCharsets.UTF_8));
      failing = false;
    } catch (IOException | RuntimeException e) {
      if (!failing) {
        warn.accept("phonelock schedule: warning: cannot write the metrics file " + file + " ("
            + e.getClass().getSimpleName() + " " + e.getMessage() + "); the schedule goes on");
      }
      failing = true;
    }
  }

  /** The exposition text at {@code now}. */
  String text(Instant now) {
    List<String> lastApplied = new ArrayList<>();
    List<String> latestDue = new ArrayList<>();
    List<String> attempts = new ArrayList<>();
    List<String> outcome = new ArrayList<>();
    List<String> upToDate = new ArrayList<>();
    for (Server server : servers) {
      for (JobStatus s : new ScheduleStatus(schedule, server.state(), history, server.server())
          .check(now, Duration.ZERO)) {
        String labels = "job=\"" + escape(s.job().name()) + "\",action=\""
            + s.job().action().name().toLowerCase(Locale.ROOT) + "\",server=\""
            + escape(s.server()) + "\"";
        Optional<JobSuccess> success = server.state().lastSuccess(s.job().name())
            .filter(j -> j.definition().equals(s.job().definition()));
        success.ifPresent(j -> lastApplied.add(
            "phonelock_job_last_applied_firing_timestamp_seconds{" + labels + "} "
                + j.firing().getEpochSecond()));
        s.latestDue().ifPresent(f -> latestDue.add(
            "phonelock_job_latest_due_firing_timestamp_seconds{" + labels + "} "
                + f.instant().getEpochSecond()));
        attempts.add("phonelock_job_attempts{" + labels + "} " + s.history().attempts());
        outcome.add("phonelock_job_outcome{" + labels + ",outcome=\"" + outcome(s) + "\"} 1");
        upToDate.add("phonelock_job_up_to_date{" + labels + "} "
            + (s.state() == JobStatus.State.NOT_APPLIED ? 0 : 1));
      }
    }
    StringBuilder text = new StringBuilder();
    // First: its HELP line is FIRST_LINE, the mark of a file phonelock may replace.
    family(text, "phonelock_heartbeat_timestamp_seconds",
        "When the schedule run last wrote this file (Unix time).",
        List.of("phonelock_heartbeat_timestamp_seconds " + now.getEpochSecond()));
    family(text, "phonelock_job_last_applied_firing_timestamp_seconds",
        "The firing the server last applied for this job (Unix time).", lastApplied);
    family(text, "phonelock_job_latest_due_firing_timestamp_seconds",
        "The job's latest firing at or before now (Unix time).", latestDue);
    family(text, "phonelock_job_attempts",
        "Requests recorded for the latest due firing.", attempts);
    family(text, "phonelock_job_outcome", "What became of the latest due firing: applied,"
        + " superseded, none-due, pending, or the last failed attempt's outcome.", outcome);
    family(text, "phonelock_job_up_to_date",
        "1 when the latest due firing is applied, superseded or none is due; 0 otherwise.",
        upToDate);
    return text.toString();
  }

  private static String outcome(JobStatus s) {
    return switch (s.state()) {
      case APPLIED -> "applied";
      case SUPERSEDED -> "superseded";
      case NONE_DUE -> "none-due";
      case NOT_APPLIED -> s.history().lastOutcome().map(o -> o.label()).orElse("pending");
    };
  }

  private static void family(StringBuilder text, String name, String help, List<String> samples) {
    text.append("# HELP ").append(name).append(' ').append(help).append('\n');
    text.append("# TYPE ").append(name).append(" gauge\n");
    samples.forEach(sample -> text.append(sample).append('\n'));
  }

  /** Label value escaping of the text format: backslash, double quote and line feed. */
  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
