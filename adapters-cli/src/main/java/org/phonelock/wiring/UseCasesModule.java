package org.phonelock.wiring;

import dagger.Module;
import dagger.Provides;
import org.phonelock.application.port.in.RunSchedule;
import org.phonelock.application.schedule.ScheduleRunner;

/**
 * The application's use cases that take values known only at run time: the CLI reaches them
 * through their incoming ports, never by constructing the application's classes.
 */
@Module
interface UseCasesModule {
  @Provides
  static RunSchedule.Factory runSchedule() {
    return ScheduleRunner::new;
  }
}
