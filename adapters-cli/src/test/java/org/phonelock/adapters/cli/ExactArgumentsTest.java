package org.phonelock.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;

/**
 * Values reach the server exactly as typed: no picocli default rewrites an argument or guesses
 * what was meant ({@link CliRunner#exactArguments}). Each test fails when the feature it names is
 * turned back on.
 */
class ExactArgumentsTest {
  private static final String[] CONNECTION =
      {"--server", "https://ias.example.com", "--user", "admin"};
  private final CliHarness cli = new CliHarness();
  @TempDir Path folder;

  @BeforeEach
  void password() {
    cli.environment.put("PHONELOCK_PASSWORD", "s3cret");
  }

  @AfterEach
  void clearPicocliProperties() {
    System.clearProperty("picocli.trimQuotes");
    System.clearProperty("picocli.useSimplifiedAtFiles");
  }

  private int lock(String... args) {
    String[] all = new String[args.length + CONNECTION.length + 1];
    all[0] = "lock";
    System.arraycopy(CONNECTION, 0, all, 1, CONNECTION.length);
    System.arraycopy(args, 0, all, 1 + CONNECTION.length, args.length);
    return cli.run(all);
  }

  private Filter sentFilter() {
    assertThat(cli.sent).hasSize(1);
    return cli.sent.get(0).filter();
  }

  @Test
  void aValueStartingWithAtIsSentAsTypedNotReplacedByAFile() throws Exception {
    Path file = folder.resolve("x");
    Files.writeString(file, "R&D\n--all\n", StandardCharsets.UTF_8);
    System.setProperty("picocli.useSimplifiedAtFiles", "true");
    assertThat(lock("--department", "@" + file)).isZero();
    assertThat(sentFilter()).isEqualTo(Filter.of(Map.of(FilterField.DEPARTMENT, "@" + file)));
  }

  @Test
  void aWholeArgumentStartingWithAtIsNotExpandedEither() throws Exception {
    Path file = folder.resolve("args");
    Files.writeString(file, "--all\n", StandardCharsets.UTF_8);
    int exit = lock("@" + file);
    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.sent).isEmpty();
    assertThat(cli.err).contains("@" + file);
  }

  @Test
  void quotesAreKeptEvenWhenPicocliIsToldToTrimThem() {
    System.setProperty("picocli.trimQuotes", "true");
    assertThat(lock("--department", "\"R&D\"")).isZero();
    assertThat(sentFilter().value(FilterField.DEPARTMENT)).hasValue("\"R&D\"");
  }

  @Test
  void aValueWithCommasAndQuotesIsOneValue() {
    assertThat(lock("--filter", "department=\"R&D\",Sales")).isZero();
    assertThat(sentFilter().value(FilterField.DEPARTMENT)).hasValue("\"R&D\",Sales");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--dep", "--depart", "--department-", "--Department", "--DEPARTMENT"})
  void anAbbreviatedOrMisspelledOptionIsRefused(String option) {
    assertThat(lock(option, "R&D")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.sent).isEmpty();
    assertThat(cli.err).contains(option);
  }

  @ParameterizedTest
  @ValueSource(strings = {"loc", "unl", "LOCK", "Lock"})
  void anAbbreviatedOrRecasedSubcommandIsRefused(String subcommand) {
    assertThat(cli.run(subcommand, "--all")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.sent).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"--all", "--filter", "-v", "--password-stdin"})
  void anOptionOrCommandNameIsNotTakenAsAValue(String next) {
    assertThat(lock("--department", next)).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.sent).isEmpty();
  }

  @Test
  void argumentsAfterTheEndOfOptionsAreRefusedNotIgnored() {
    assertThat(lock("--department", "R&D", "--", "--all")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.sent).isEmpty();
  }

  @Test
  void anUnknownOptionIsRefusedNotTakenAsAPositional() {
    assertThat(lock("--all", "--departement", "R&D")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.sent).isEmpty();
  }

  // Two plain options, each setting its own value: neither depends on a default, so each form
  // means what it says, and the last one given wins.
  @Test
  void insecureAndItsNegationMeanWhatTheySay() {
    assertThat(lock("--department", "R&D", "--insecure")).isZero();
    assertThat(cli.opened.get(0).insecure()).isTrue();
    assertThat(lock("--department", "R&D", "--no-insecure")).isZero();
    assertThat(cli.opened.get(1).insecure()).isFalse();
    assertThat(lock("--department", "R&D", "--no-insecure", "--insecure")).isZero();
    assertThat(cli.opened.get(2).insecure()).isTrue();
  }
}
