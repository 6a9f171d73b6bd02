package org.phonelock.application.schedule;

import com.google.common.collect.ImmutableList;
import java.time.ZoneId;
import java.util.List;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.PhoneLockAction;
import org.phonelock.application.port.out.CronRule;

/** Builds jobs and schedules for tests. */
final class Jobs {
  private Jobs() {}

  static Filter department(String department) {
    return Filter.builder().put(FilterField.DEPARTMENT, department).build();
  }

  static Filter departmentAndField1(String department, String field1) {
    return Filter.builder().put(FilterField.DEPARTMENT, department)
        .put(FilterField.CUSTOM_FIELD_1, field1).build();
  }

  static ScheduleJob lock(String name, CronRule cron, Filter filter, DateRange... except) {
    return job(name, PhoneLockAction.LOCK, cron, filter, except);
  }

  static ScheduleJob unlock(String name, CronRule cron, Filter filter, DateRange... except) {
    return job(name, PhoneLockAction.UNLOCK, cron, filter, except);
  }

  static ScheduleJob job(String name, PhoneLockAction action, CronRule cron, Filter filter,
      DateRange... except) {
    return new ScheduleJob(name, action, PhoneLockCommand.matching(filter), cron,
        ImmutableList.copyOf(except));
  }

  static Schedule schedule(String zone, ScheduleJob... jobs) {
    return new Schedule(ZoneId.of(zone), ImmutableList.copyOf(List.of(jobs)));
  }
}
