package org.phonelock.adapters.cli.schedule;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.phonelock.application.schedule.Schedule;
import org.phonelock.application.schedule.ScheduleJob;

/**
 * A checked schedule file: the schedule and how to reach the server.
 *
 * @param path the file
 * @param schedule the time zone and jobs
 * @param server the {@code server} key, an http or https URL; empty when a profile gives it
 * @param user the {@code user} key; empty when a profile gives it
 * @param profile the {@code profile} key, if any
 * @param profileLine the line of the {@code profile} or {@code profiles} key, for messages; 0
 *     when there is none
 * @param profiles the names of the {@code profiles} key, one server each, in file order, with
 *     the line of each; empty when the key is absent (then {@code server}, {@code user} and
 *     {@code profile} say where the one server is)
 * @param password the {@code password} key, present only when the file is readable by its owner
 *     alone; never shown by {@link #toString()}
 * @param passwordLine the line of the {@code password} key, for messages; 0 without the key
 * @param notifications the {@code notify:} section; {@link NotifySettings#NONE} when there is none
 * @param cronLines each job's name and the line of its {@code cron} key, for messages
 */
public record ScheduleFile(
    Path path,
    Schedule schedule,
    Optional<URI> server,
    Optional<String> user,
    Optional<String> profile,
    int profileLine,
    Map<String, Integer> profiles,
    Optional<String> password,
    int passwordLine,
    NotifySettings notifications,
    Map<String, Integer> cronLines) {

  public ScheduleFile {
    requireNonNull(path, "path");
    requireNonNull(schedule, "schedule");
    requireNonNull(server, "server");
    requireNonNull(user, "user");
    requireNonNull(profile, "profile");
    profiles = Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
    requireNonNull(password, "password");
    requireNonNull(notifications, "notifications");
    cronLines = Map.copyOf(cronLines);
  }

  /**
   * Where a job's cron expression is, for messages.
   *
   * @return e.g. {@code night.yaml:7: job rd-night}
   */
  public String cronSource(ScheduleJob job) {
    return path + ":" + cronLines.getOrDefault(job.name(), 1) + ": job " + job.name();
  }

  /**
   * Where the {@code profile} key names its profile, for messages.
   *
   * @return e.g. {@code night.yaml:3: profile 'prod'}
   */
  public String profileSource() {
    return path + ":" + profileLine + ": profile '" + profile.orElse("") + "'";
  }

  /**
   * Where the {@code profiles} key names one of its profiles, for messages.
   *
   * @param name one of {@link #profiles()}
   * @return e.g. {@code night.yaml:3: profiles: 'rome'}, with the line of the name
   */
  public String profileSource(String name) {
    return path + ":" + profiles.getOrDefault(name, profileLine) + ": profiles: '" + name + "'";
  }

  /**
   * A summary without the password.
   *
   * @return e.g. {@code ScheduleFile[night.yaml, Europe/Rome, 2 jobs, password=<redacted>]}
   */
  @Override
  public String toString() {
    return "ScheduleFile[" + path + ", " + schedule.zone() + ", " + schedule.jobs().size()
        + " jobs, password=" + (password.isPresent() ? "<redacted>" : "none") + "]";
  }
}
