package org.phonelock.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.phonelock.adapters.cli.schedule.ScheduleFileParser;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.JournalEntry;
import org.phonelock.adapters.fakeserver.UserDirectory;
import org.phonelock.adapters.http.PhoneLockClient;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.domain.Credentials;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.InvalidFilterException;
import org.phonelock.domain.Permission;

/**
 * One rule, every entry point (api-contract.md, "Filters"): for any text, {@code --department},
 * {@code --filter department=...}, a schedule file's {@code filters:} and the library either all
 * refuse it before sending, or all send the same bytes, which the fake server reads back as the
 * same value.
 */
class EntryPointsAgreePropertyTest {
  private static final java.util.Set<String> LOCK_OPTIONS = new picocli.CommandLine(
      org.phonelock.adapters.cli.PhonelockCommand.class, new DocumentationCommandFactory())
      .getSubcommands().get("lock").getCommandSpec().optionsMap().keySet();
  private static FakePhoneLockServer server;
  private static PhoneLockClient library;
  private static Path folder;

  @BeforeContainer
  static void start() throws IOException {
    server = FakePhoneLockServer.builder().directory(UserDirectory.builder()
        .user("admin", u -> u.password("pw").permission(Permission.IMAGICLE_ADMIN))
        .user("ann", u -> u.department("IT").lines("2001"))
        .build()).start();
    library = PhoneLockClient.builder(server.baseUri(), new Credentials("admin", "pw"))
        .retries(0).build();
    folder = Files.createTempDirectory("entry-points");
  }

  @AfterContainer
  static void stop() throws IOException {
    library.close();
    server.close();
    try (var files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(folder);
  }

  /** What one entry point did with a value: refused, or sent this raw query. */
  private record Outcome(boolean refused, String query) {}

  @Property(tries = 150)
  void everyEntryPointRefusesOrSendsTheSameBytes(@ForAll("values") String value)
      throws IOException {
    Outcome viaLibrary = library(value);
    // The attached form (--department=VALUE): a separate value that is itself an option name
    // ("--all") is refused by the parser on purpose (ExactArgumentsTest), which the library,
    // having no options, cannot mirror.
    Outcome viaFlag = cli("--department=" + value);
    Outcome viaGenericFlag = cli("--filter=department=" + value);
    Optional<Filter> viaSchedule = scheduleFile(value);

    if (LOCK_OPTIONS.contains(value)) {
      // Stricter on purpose (CliRunner.exactArguments): a value that is one of lock's own
      // option names, even attached (--department=--all), is surely a slip and is refused.
      assertThat(viaFlag.refused()).as("--department=" + value).isTrue();
    } else if (!(value.startsWith("-") && viaFlag.refused())) {
      // (picocli also takes "--all=x" or a cluster such as "-vh" for options: refusing such a
      // value is stricter, never wider, and cli() checked that nothing was sent.)
      assertThat(viaFlag).as("--department").isEqualTo(viaLibrary);
    }
    assertThat(viaGenericFlag).as("--filter").isEqualTo(viaLibrary);
    assertThat(viaSchedule.isEmpty()).as("schedule file refuses").isEqualTo(viaLibrary.refused());
    if (!viaLibrary.refused()) {
      assertThat(viaSchedule).hasValue(Filter.of(Map.of(FilterField.DEPARTMENT, value)));
      JournalEntry last = lastRequest();
      assertThat(last.status()).isEqualTo(200);
      assertThat(last.filters()).containsExactly(Map.entry("department", value));
    }
  }

  private Outcome library(String value) {
    Filter filter;
    try {
      filter = Filter.builder().put(FilterField.DEPARTMENT, value).build();
    } catch (InvalidFilterException e) {
      return new Outcome(true, "");
    }
    library.lockPhones().lock(PhoneLockCommand.matching(filter));
    return new Outcome(false, lastRequest().query());
  }

  private Outcome cli(String filterArgument) {
    int before = server.journal().size();
    CapturedOutput.Run run = CapturedOutput.run(Map.of("PHONELOCK_PASSWORD", "pw"),
        folder.resolve("no-config"), "lock", "--server", server.baseUri().toString(), "--user",
        "admin", filterArgument);
    if (run.exitCode() == 2) {
      assertThat(server.journal()).as("nothing sent when refused").hasSize(before);
      return new Outcome(true, "");
    }
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new Outcome(false, lastRequest().query());
  }

  private Optional<Filter> scheduleFile(String value) throws IOException {
    Path file = Files.writeString(folder.resolve("job.yaml"), String.join("\n",
        "timezone: Europe/Rome",
        "server: https://ias.example.com",
        "user: admin",
        "jobs:",
        "  - name: night",
        "    action: lock",
        "    cron: \"0 19 * * *\"",
        "    filters: { department: " + yamlDoubleQuoted(value) + " }",
        ""));
    ScheduleFileParser.Result result = ScheduleFileParser.parse(file);
    return result.file().map(f -> f.schedule().jobs().get(0).filter());
  }

  private static JournalEntry lastRequest() {
    List<JournalEntry> journal = server.journal();
    return journal.get(journal.size() - 1);
  }

  /** A YAML double-quoted scalar that reads back as exactly {@code text} (YAML 1.1 escapes). */
  static String yamlDoubleQuoted(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    text.codePoints().forEach(cp -> {
      if (cp == '"' || cp == '\\') {
        quoted.append('\\').appendCodePoint(cp);
      } else if (cp >= 0x21 && cp < 0x7F) {
        quoted.appendCodePoint(cp);
      } else {
        quoted.append(String.format("\\U%08X", cp));
      }
    });
    return quoted.append('"').toString();
  }

  @Provide
  Arbitrary<String> values() {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.of("IT", "it", "R&D", "Sales", "Qualité", "x")),
        net.jqwik.api.Tuple.of(3, Arbitraries.of("ı", "ſ", "İ", "\u212A", "ﬀ", "Ⅰ", "е", "ο")),
        net.jqwik.api.Tuple.of(3, Arbitraries.of(" ", "\u00A0", "\u200B", "\u2060", "\uFEFF",
            "\u3000", "\t", "\u200D", "\u180E", "\uDB40\uDC01")),
        net.jqwik.api.Tuple.of(3, Arbitraries.of("@", "#", "%", "%26", "%zz", "&", "=", "+", "?",
            "/", ";", ",", "'", "\"", "\\", "--all", "@x", "~", "[", "]", "{", "}", "|")),
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().withCharRange('\u0000', '\uFFFF')
            .ofMinLength(1).ofMaxLength(3)
            // No NUL (argv cannot carry it) and no U+FFFD, which the CLI alone refuses as the
            // mark of argv bytes the locale could not decode (Arguments).
            .filter(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c) || c == 0
                || c == 0xFFFD))),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("\uD83D\uDE00", "\uD801\uDC00")));
    return piece.list().ofMinSize(0).ofMaxSize(4).map(parts -> String.join("", parts));
  }
}
