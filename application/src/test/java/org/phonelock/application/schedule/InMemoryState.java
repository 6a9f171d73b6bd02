package org.phonelock.application.schedule;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.phonelock.application.port.out.ScheduleStateStore;

/** The state store port in memory. */
class InMemoryState implements ScheduleStateStore {
  final Map<String, JobSuccess> successes = new HashMap<>();

  @Override
  public Optional<JobSuccess> lastSuccess(String job) {
    return Optional.ofNullable(successes.get(job));
  }

  @Override
  public void recordSuccess(JobSuccess success) {
    successes.put(success.job(), success);
  }

  @Override
  public void forgetSuccess(String job) {
    successes.remove(job);
  }
}
