package org.phonelock.wiring;

import dagger.Binds;
import dagger.Module;
import dagger.multibindings.ClassKey;
import dagger.multibindings.IntoMap;
import org.phonelock.adapters.cli.DemoCommand;
import org.phonelock.adapters.cli.FakeServerCommand;
import org.phonelock.adapters.cli.LockCommand;
import org.phonelock.adapters.cli.PhonelockCommand;
import org.phonelock.adapters.cli.UnlockCommand;
import org.phonelock.adapters.cli.schedule.ScheduleCommand;

/** Registers each picocli command that has injected dependencies, keyed by its class. */
@Module
interface CommandsModule {
  @Binds
  @IntoMap
  @ClassKey(PhonelockCommand.class)
  Object root(PhonelockCommand command);

  @Binds
  @IntoMap
  @ClassKey(LockCommand.class)
  Object lock(LockCommand command);

  @Binds
  @IntoMap
  @ClassKey(UnlockCommand.class)
  Object unlock(UnlockCommand command);

  @Binds
  @IntoMap
  @ClassKey(FakeServerCommand.class)
  Object fakeServer(FakeServerCommand command);

  @Binds
  @IntoMap
  @ClassKey(DemoCommand.class)
  Object demo(DemoCommand command);

  @Binds
  @IntoMap
  @ClassKey(ScheduleCommand.class)
  Object schedule(ScheduleCommand command);
}
