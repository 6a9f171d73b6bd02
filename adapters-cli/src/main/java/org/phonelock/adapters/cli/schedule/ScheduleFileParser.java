package org.phonelock.adapters.cli.schedule;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.phonelock.application.schedule.Schedule;
import org.phonelock.application.schedule.ScheduleJob;
import org.phonelock.adapters.cli.Problem;
import org.phonelock.adapters.cli.Problems;
import org.phonelock.adapters.cli.YamlMapping;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a schedule file (README, "Schedules"): YAML with {@code timezone}, {@code
 * server}, {@code user} or {@code profile}, or {@code profiles}, optionally {@code password}, and {@code jobs}. Every
 * error is collected with its line; a file with any error gives no schedule. Messages never hold
 * the password, not even when the YAML around it is malformed.
 */
public final class ScheduleFileParser {
  private static final List<String> KEYS =
      List.of("timezone", "server", "user", "profile", "profiles", "password", "jobs",
          "notify");

  private ScheduleFileParser() {}

  /**
   * The outcome of reading a file.
   *
   * @param file the schedule, when there was no problem
   * @param problems every error, by line; empty exactly when {@code file} is present
   */
  public record Result(Optional<ScheduleFile> file, List<Problem> problems) {}

  /**
   * Reads and checks a schedule file.
   *
   * @param path the file, UTF-8 (a leading byte order mark is allowed)
   * @return the schedule, or the problems
   */
  public static Result parse(Path path) {
    Problems problems = new Problems();
    Optional<Node> root = YamlMapping.compose(path, problems);
    if (root.isEmpty() && problems.isEmpty()) {
      problems.add(1, "the file is empty; it needs timezone, server, user and jobs");
    }
    Optional<ScheduleFile> file = root.flatMap(node -> schedule(path, node, problems));
    return problems.isEmpty() ? new Result(file, List.of()) : new Result(Optional.empty(),
        problems.list());
  }

  private static Optional<ScheduleFile> schedule(Path path, Node root, Problems problems) {
    Optional<YamlMapping> read = YamlMapping.read(root, "the schedule file", KEYS, problems);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    YamlMapping top = read.get();
    Optional<java.time.ZoneId> zone = top.text("timezone", true).flatMap(
        z -> Connection.zone(z, top.get("timezone").orElseThrow(), problems));
    Connection connection = Connection.read(top, problems);
    Optional<String> password = top.get("password").flatMap(
        node -> Connection.password(path, top, node, problems));
    Map<String, Integer> cronLines = new LinkedHashMap<>();
    ImmutableList<ScheduleJob> jobs = top.get("jobs")
        .map(n -> JobParser.read(n, cronLines, problems))
        .orElseGet(() -> {
          problems.add(top.line(), "missing key 'jobs'");
          return ImmutableList.of();
        });
    NotifySettings notify = top.get("notify").map(n -> NotifySettings.read(n, problems))
        .orElse(NotifySettings.NONE);
    if (!problems.isEmpty() || zone.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ScheduleFile(path, new Schedule(zone.get(), jobs), connection.server(),
        connection.user(), connection.profile(),
        top.get("profile").or(() -> top.get("profiles")).map(Problems::lineOf).orElse(0),
        connection.profiles(), password,
        top.get("password").map(Problems::lineOf).orElse(0), notify, cronLines));
  }
}
