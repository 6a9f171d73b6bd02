package org.phonelock.wiring;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * A picocli factory backed by Dagger: commands registered in {@link CommandsModule} come with
 * their dependencies; anything else (mixins, converters) falls back to picocli's default factory.
 */
public final class DaggerCommandFactory implements IFactory {
  private final Map<Class<?>, Provider<Object>> commands;

  @Inject
  DaggerCommandFactory(Map<Class<?>, Provider<Object>> commands) {
    this.commands = commands;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    Provider<Object> provider = commands.get(type);
    return provider != null ? type.cast(provider.get()) : CommandLine.defaultFactory().create(type);
  }
}
