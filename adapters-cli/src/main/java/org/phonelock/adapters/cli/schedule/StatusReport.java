package org.phonelock.adapters.cli.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.phonelock.adapters.cli.CliContext;
import org.phonelock.adapters.cli.OutputFormat;
import org.phonelock.domain.Redaction;
import org.phonelock.application.schedule.Health;
import org.phonelock.application.schedule.JobStatus;

/**
 * What {@code schedule status} prints: a first line in the monitoring-plugins shape ({@code
 * PHONELOCK OK - 2 jobs applied | perfdata}), then one line per job; or one JSON object.
 */
final class StatusReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CliContext context;
  private final OutputFormat format;

  StatusReport(CliContext context, OutputFormat format) {
    this.context = context;
    this.format = format;
  }

  static int exitCode(Health health) {
    return switch (health) {
      case OK -> 0;
      case WARNING -> 1;
      case CRITICAL -> 2;
      case UNKNOWN -> 3;
    };
  }

  static String unknownLine(String reason) {
    return "PHONELOCK UNKNOWN - " + oneLine(reason);
  }

  /** Prints UNKNOWN with the reason. */
  int unknown(String reason) {
    if (format == OutputFormat.JSON) {
      ObjectNode root = JSON.createObjectNode();
      root.put("status", Health.UNKNOWN.name());
      root.put("exitCode", exitCode(Health.UNKNOWN));
      root.put("summary", oneLine(reason));
      root.putArray("jobs");
      context.out().println(json(root));
    } else {
      context.out().println(unknownLine(reason));
    }
    return exitCode(Health.UNKNOWN);
  }

  int print(List<JobStatus> statuses, ZoneId zone, Duration grace) {
    Health worst = Health.OK;
    for (JobStatus status : statuses) {
      worst = worst.worse(status.health());
    }
    String summary = summary(statuses, worst, grace);
    if (format == OutputFormat.JSON) {
      ObjectNode root = JSON.createObjectNode();
      root.put("status", worst.name());
      root.put("exitCode", exitCode(worst));
      root.put("summary", summary);
      root.put("graceMinutes", grace.toMinutes());
      ArrayNode jobs = root.putArray("jobs");
      statuses.forEach(s -> jobs.add(json(s, zone)));
      context.out().println(json(root));
    } else {
      context.out().println("PHONELOCK " + worst.name() + " - " + summary + " | "
          + perfdata(statuses, grace));
      statuses.forEach(s -> context.out().println(line(s, zone)));
    }
    return exitCode(worst);
  }

  private static String summary(List<JobStatus> statuses, Health worst, Duration grace) {
    List<String> parts = new ArrayList<>();
    boolean several = statuses.stream().map(JobStatus::server).distinct().count() > 1;
    for (JobStatus s : statuses) {
      if (s.state() == JobStatus.State.NOT_APPLIED) {
        parts.add("job " + s.job().name() + (several ? " on " + s.server() : "")
            + " not applied for " + minutes(s.overdue()) + " (grace " + minutes(grace)
            + (s.history().attempts() > 0 ? ", " + plural(s.history().attempts(), "attempt")
                + (s.history().lastMessage().isEmpty() ? ""
                    : ", last error: " + s.history().lastMessage())
                : ", no attempt recorded")
            + ")");
      }
    }
    long applied = count(statuses, JobStatus.State.APPLIED);
    long superseded = count(statuses, JobStatus.State.SUPERSEDED);
    long none = count(statuses, JobStatus.State.NONE_DUE);
    List<String> fine = new ArrayList<>();
    if (applied > 0 || (superseded == 0 && none == 0 && parts.isEmpty())) {
      // With several servers each job is counted once per server: "4 jobs" for 2 jobs on 2
      // servers would be wrong, so the unit is named.
      fine.add(plural(applied, several ? "job-server pair" : "job") + " applied");
    }
    if (superseded > 0) {
      fine.add(superseded + " superseded");
    }
    if (none > 0) {
      fine.add(none + " not due yet");
    }
    parts.addAll(fine);
    return oneLine(String.join("; ", parts));
  }

  private static String perfdata(List<JobStatus> statuses, Duration grace) {
    long overdue = statuses.stream().filter(s -> s.state() == JobStatus.State.NOT_APPLIED)
        .mapToLong(s -> s.overdue().getSeconds()).max().orElse(0);
    int attempts = statuses.stream().filter(s -> s.state() == JobStatus.State.NOT_APPLIED)
        .mapToInt(s -> s.history().attempts()).sum();
    int total = statuses.size();
    return "applied=" + count(statuses, JobStatus.State.APPLIED) + ";;;0;" + total
        + " not_applied=" + count(statuses, JobStatus.State.NOT_APPLIED) + ";0;;0;" + total
        + " superseded=" + count(statuses, JobStatus.State.SUPERSEDED) + ";;;0;" + total
        + " failed_attempts=" + attempts + ";;;0"
        + " overdue=" + overdue + "s;0;" + grace.getSeconds() + ";0";
  }

  private static String line(JobStatus s, ZoneId zone) {
    StringBuilder line = new StringBuilder(s.job().name()).append(' ')
        .append(s.job().definition()).append(" on ").append(s.server()).append(": ");
    switch (s.state()) {
      case NONE_DUE -> line.append("no firing due yet");
      case APPLIED -> line.append("firing ").append(time(s.latestDue().orElseThrow().instant(),
          zone)).append(" applied at ").append(time(s.appliedAt().orElseThrow(), zone));
      case SUPERSEDED -> line.append("firing ").append(time(s.latestDue().orElseThrow()
          .instant(), zone)).append(" superseded by job ").append(s.supersededBy().orElseThrow()
          .job().name()).append(", firing ").append(time(s.supersededBy().orElseThrow()
          .instant(), zone));
      case NOT_APPLIED -> {
        line.append(s.health().name()).append(": firing ")
            .append(time(s.latestDue().orElseThrow().instant(), zone)).append(" not applied");
        if (s.history().attempts() == 0) {
          line.append(", no attempt recorded");
        } else {
          line.append(", failing since ")
              .append(time(s.history().firstAttempt().orElseThrow(), zone)).append(", ")
              .append(plural(s.history().attempts(), "attempt"));
          s.history().lastOutcome().ifPresent(o -> line.append(", last outcome ")
              .append(o.label()));
          if (!s.history().lastMessage().isEmpty()) {
            line.append(", last error: ").append(s.history().lastMessage());
          }
        }
      }
      default -> throw new IllegalStateException(s.state().name());
    }
    line.append("; next firing ").append(s.next().map(f -> time(f.instant(), zone))
        .orElse("none"));
    return oneLine(line.toString());
  }

  private static ObjectNode json(JobStatus s, ZoneId zone) {
    ObjectNode node = JSON.createObjectNode();
    node.put("job", s.job().name());
    node.put("action", s.job().action().name().toLowerCase(Locale.ROOT));
    node.put("server", s.server());
    ObjectNode filters = node.putObject("filters");
    s.job().filter().values().forEach((field, value) -> filters.put(field.apiName(), value));
    node.put("status", s.health().name());
    node.put("outcome", s.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    if (s.latestDue().isPresent()) {
      node.put("firing", time(s.latestDue().get().instant(), zone));
    } else {
      node.putNull("firing");
    }
    s.appliedAt().ifPresent(t -> node.put("appliedAt", time(t, zone)));
    s.supersededBy().ifPresent(f -> {
      node.put("supersededByJob", f.job().name());
      node.put("supersededByFiring", time(f.instant(), zone));
    });
    node.put("attempts", s.history().attempts());
    s.history().firstAttempt().filter(t -> s.state() == JobStatus.State.NOT_APPLIED)
        .ifPresent(t -> node.put("failingSince", time(t, zone)));
    if (s.state() == JobStatus.State.NOT_APPLIED) {
      node.put("overdueSeconds", s.overdue().getSeconds());
      node.put("lastError", s.history().lastMessage());
    }
    if (s.next().isPresent()) {
      node.put("next", time(s.next().get().instant(), zone));
    } else {
      node.putNull("next");
    }
    return node;
  }

  private static long count(List<JobStatus> statuses, JobStatus.State state) {
    return statuses.stream().filter(s -> s.state() == state).count();
  }

  private static String minutes(Duration duration) {
    return duration.toMinutes() + " min";
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static String time(Instant instant, ZoneId zone) {
    return instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime().toString();
  }

  /** One line, no '|' (it starts the perfdata), no secret. */
  private static String oneLine(String text) {
    return Redaction.text(text).replaceAll("[\\r\\n\\u2028\\u2029]+", " ").replace('|', '/');
  }

  private static String json(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
