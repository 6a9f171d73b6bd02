package org.phonelock.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.phonelock.adapters.cli.PhonelockCommand;
import picocli.CommandLine;

/**
 * The man pages are rendered from committed templates (src/main/man) that include picocli's
 * generated sections; a command without a template would have no man page, and a template
 * without a command would render an empty one.
 */
class ManPageTemplatesTest {
  private static final Path TEMPLATES = Path.of("src", "main", "man");

  @Test
  void everyCommandHasExactlyOneTemplate() throws IOException {
    List<String> commands = new ArrayList<>();
    collect(new CommandLine(PhonelockCommand.class, new DocumentationCommandFactory()), commands);
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(commands);
    }
  }

  @Test
  void theMainPagesHaveTheStandardSections() throws IOException {
    for (String page : List.of("phonelock", "phonelock-lock", "phonelock-unlock",
        "phonelock-schedule-run", "phonelock-schedule-status", "phonelock-fake-server")) {
      assertThat(Files.readString(TEMPLATES.resolve(page + ".adoc"))).as(page)
          .contains("== Exit status", "== Examples", "== Environment", "== Files");
    }
  }

  private static void collect(CommandLine command, List<String> names) {
    if (command.getCommandSpec().usageMessage().hidden()) {
      return;
    }
    names.add(command.getCommandSpec().qualifiedName("-") + ".adoc");
    command.getSubcommands().values().stream().distinct()
        .forEach(sub -> collect(sub, names));
  }
}
