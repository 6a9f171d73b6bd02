package org.phonelock.application.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.phonelock.application.port.out.AuditLog;
import org.phonelock.application.port.out.ScheduleStateStore;
import org.phonelock.application.port.in.RunSchedule;

/** A schedule runner on simulated time, an in-memory state and audit, and a scripted server. */
final class RunnerFixture {
  final SimulatedTime time;
  final ScriptedServer server;
  final InMemoryState state = new InMemoryState();
  final RecordingAudit audit = new RecordingAudit();
  final Schedule schedule;

  RunnerFixture(Schedule schedule, String start) {
    this.schedule = schedule;
    this.time = SimulatedTime.at(start);
    this.server = new ScriptedServer(time);
  }

  ScheduleRunner runner() {
    return runner(audit, state);
  }

  ScheduleRunner runner(AuditLog auditLog, ScheduleStateStore store) {
    return new ScheduleRunner(schedule,
        List.of(new RunSchedule.Target("https://ias.example.com", server.sender(), store)),
        auditLog, time, time.sleeper(), new RunSettings(RetryBackoff.DEFAULT, Duration.ofMinutes(1)));
  }

  List<FiringResult> once() {
    return runner().runOnce();
  }

  /** Runs the loop until the simulated clock passes {@code end}. */
  void runUntil(String end, boolean catchUp) throws InterruptedException {
    Instant stop = OffsetDateTime.parse(end).toInstant();
    runner().run(catchUp, () -> time.instant().isAfter(stop));
  }

  List<String> requests() {
    return server.requests.stream()
        .map(r -> r.time().atZone(schedule.zone()).toOffsetDateTime() + " "
            + r.action().endpointName() + " " + r.filter())
        .toList();
  }

  void at(String offsetDateTime) {
    time.set(OffsetDateTime.parse(offsetDateTime).toInstant());
  }
}
