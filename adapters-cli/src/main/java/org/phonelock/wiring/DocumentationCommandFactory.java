package org.phonelock.wiring;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;
import org.phonelock.adapters.cli.CliContext;
import picocli.CommandLine.IFactory;

/**
 * The command factory for picocli's build-time generators ({@code picocli.AutoComplete} for the
 * bash/zsh completion script, {@code ManPageGenerator} for the man pages; see the adapters-cli
 * pom), which need a factory with a no-argument constructor. The commands it builds only describe
 * themselves: their surroundings are empty (no environment, no profiles, null streams).
 */
public final class DocumentationCommandFactory implements IFactory {
  private final IFactory commands;

  /** Builds the Dagger component on empty surroundings. */
  public DocumentationCommandFactory() {
    CliContext nothing =
        new CliContext(
            Map.of(),
            InputStream.nullInputStream(),
            new PrintWriter(Writer.nullWriter()),
            new PrintWriter(Writer.nullWriter()),
            prompt -> Optional.empty(),
            Optional.empty());
    commands = DaggerPhonelockComponent.factory().create(nothing).commandFactory();
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    return commands.create(type);
  }
}
