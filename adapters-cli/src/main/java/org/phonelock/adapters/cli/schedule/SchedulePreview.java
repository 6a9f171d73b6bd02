package org.phonelock.adapters.cli.schedule;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.phonelock.adapters.cli.CliContext;
import org.phonelock.adapters.cli.PhoneLockSession;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.application.schedule.AuditRecord;
import org.phonelock.application.schedule.JobSender;
import org.phonelock.application.schedule.JobSuccess;
import org.phonelock.application.schedule.RunSettings;
import org.phonelock.application.schedule.Schedule;
import org.phonelock.application.port.out.ScheduleStateStore;
import org.phonelock.domain.PhoneLockAction;
import org.phonelock.application.port.in.RunSchedule;

/**
 * {@code schedule run --dry-run}: the requests that are due now, in the order a run would send
 * them, each as {@code lock --dry-run} prints it. The real catch-up runs against the state file
 * read once and never written, an audit log that keeps nothing, and a sender that prints instead
 * of sending; each request counts as applied, as a later one of the same run would assume.
 */
final class SchedulePreview {
  private SchedulePreview() {}

  static void print(RunSchedule.Factory runs, Schedule schedule, ScheduleStateStore state,
      PhoneLockSession session, Clock clock, String server, CliContext context) {
    ZoneId zone = schedule.zone();
    JobSender printer = new JobSender(
        command -> describe(PhoneLockAction.LOCK, command, session, context),
        command -> describe(PhoneLockAction.UNLOCK, command, session, context));
    runs.create(schedule,
        java.util.List.of(new RunSchedule.Target(server, printer, new ReadOnly(state))),
        record -> {
      if (record.event() == AuditRecord.Event.REQUEST) {
        context.out().println("# job " + record.job() + ", firing "
            + record.firing().atZone(zone).toOffsetDateTime());
      }
    }, clock, duration -> { }, RunSettings.defaults()).runOnce();
  }

  private static PhoneLockResult describe(PhoneLockAction action, PhoneLockCommand command,
      PhoneLockSession session, CliContext context) {
    session.describeRequest(action, command.filter()).forEach(context.out()::println);
    return new PhoneLockResult.Applied(action, command.filter(), Optional.empty());
  }

  /** The state as read, with this run's successes kept in memory only. */
  private static final class ReadOnly implements ScheduleStateStore {
    private final ScheduleStateStore file;
    private final Map<String, Optional<JobSuccess>> changed = new HashMap<>();

    ReadOnly(ScheduleStateStore file) {
      this.file = file;
    }

    @Override
    public Optional<JobSuccess> lastSuccess(String job) {
      return changed.containsKey(job) ? changed.get(job) : file.lastSuccess(job);
    }

    @Override
    public void recordSuccess(JobSuccess success) {
      changed.put(success.job(), Optional.of(success));
    }

    @Override
    public void forgetSuccess(String job) {
      changed.put(job, Optional.empty());
    }
  }
}
