package org.phonelock.wiring;

import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Singleton;
import org.phonelock.adapters.cli.CliContext;

/** The Dagger component of the {@code phonelock} process. */
@Singleton
@Component(modules = {CommandsModule.class, AdaptersModule.class, UseCasesModule.class})
public interface PhonelockComponent {
  /** The picocli factory that builds commands with their dependencies. */
  DaggerCommandFactory commandFactory();

  /** Creates the component. */
  @Component.Factory
  interface Factory {
    PhonelockComponent create(@BindsInstance CliContext context);
  }
}
