package org.phonelock.adapters.cli.schedule;

import java.util.List;
import java.util.Optional;
import org.phonelock.adapters.cli.CliContext;
import org.phonelock.adapters.cli.ScheduleConnectionOptions;
import org.phonelock.application.schedule.ScheduleStateStore;

/**
 * One server a schedule acts on, as {@code schedule status} sees it: its URL as the audit records
 * name it, and its part of the state file.
 *
 * @param server the server URL
 */
record ScheduleTarget(String server) {
  /**
   * The servers of a schedule file, resolved as {@code schedule run} resolves them (flags aside),
   * without a password.
   *
   * @throws org.phonelock.adapters.cli.InvalidInputException when a server cannot be resolved
   */
  static List<ScheduleTarget> of(ScheduleFile file, CliContext context) {
    String server = new ScheduleConnectionOptions().toSettings(context, file.server(),
        file.user(), file.profile(), Optional.empty(), false, Optional.empty()).server()
        .toString();
    return List.of(new ScheduleTarget(server));
  }

  /** This server's part of the state file. */
  ScheduleStateStore state(JsonStateFile file) {
    return file;
  }
}
