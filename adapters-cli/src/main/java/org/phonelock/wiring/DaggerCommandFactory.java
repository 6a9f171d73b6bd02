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

  /**
   * Creates the factory.
   *
   * @param commands a provider for each injectable command class
   */
  @Inject
  DaggerCommandFactory(Map<Class<?>, Provider<Object>> commands) {
    this.commands = commands;
  }

  /**
   * Creates an instance of {@code type}.
   *
   * @param type the class picocli asks for
   * @param <K> its type
   * @return the instance
   * @throws Exception when the default factory cannot create it
   */
  @Override
  public <K> K create(Class<K> type) throws Exception {
    Provider<Object> provider = commands.get(type);
    return provider != null ? type.cast(provider.get()) : CommandLine.defaultFactory().create(type);
  }
}
