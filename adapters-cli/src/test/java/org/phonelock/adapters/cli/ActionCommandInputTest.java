package org.phonelock.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.PhoneLockAction;

/**
 * Bad input is refused before anything is sent: exit 2, one line on stderr naming the input
 * (README, "Filters"; api-contract.md, "Filters").
 */
class ActionCommandInputTest {
  private static final String[] CONNECTION = {"--server", "https://ias.example.com", "--user", "admin"};
  private final CliHarness cli = new CliHarness();

  @BeforeEach
  void password() {
    cli.environment.put("PHONELOCK_PASSWORD", "s3cret-Pässword");
  }

  private int lock(String... args) {
    String[] all = new String[args.length + CONNECTION.length + 1];
    all[0] = "lock";
    System.arraycopy(CONNECTION, 0, all, 1, CONNECTION.length);
    System.arraycopy(args, 0, all, 1 + CONNECTION.length, args.length);
    return cli.run(all);
  }

  private void assertRefused(int exit, String... namedInStderr) {
    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.sent).isEmpty();
    assertThat(cli.err.strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(cli.err).contains(namedInStderr);
  }

  @Test
  void noFilterWithoutAllIsRefused() {
    assertRefused(lock(), "no filter given", "--all");
  }

  @Test
  void allWithFiltersIsRefused() {
    assertRefused(lock("--all", "--department", "R&D"), "--all cannot be combined");
  }

  @Test
  void emptyDepartmentIsRefused() {
    assertRefused(lock("--department", ""), "department", "empty value");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0=x", "11=x", "-1=x", "a=x", "01x=y", "=x", "01=x", "010=x", "+1=x",
    " 1=x"})
  void customFieldNumberOutsideOneToTenIsRefused(String value) {
    assertRefused(lock("--custom-field", value), "--custom-field", "expected 1 to 10");
  }

  /** One rule for both flags (FilterField): the API's names, without a leading zero. */
  @ParameterizedTest
  @ValueSource(strings = {"01", "010", "00"})
  void aLeadingZeroIsRefusedByBothCustomFieldFlags(String number) {
    assertRefused(lock("--custom-field", number + "=IT"), "--custom-field '" + number + "=IT'",
        "custom field number '" + number + "' is not accepted");
    assertRefused(lock("--filter", "customField" + number + "=IT"), "--filter");
  }

  @Test
  void customFieldWithoutEqualsIsRefused() {
    assertRefused(lock("--custom-field", "1"), "--custom-field '1'", "N=VALUE");
  }

  @Test
  void customFieldWithEmptyValueIsRefused() {
    assertRefused(lock("--custom-field", "3="), "customField3", "empty value");
  }

  @Test
  void unknownGenericFilterFieldIsRefusedWithTheAcceptedNames() {
    assertRefused(lock("--filter", "departmnt=R&D"), "departmnt", "customField10");
  }

  @Test
  void sameFieldTwiceAcrossFlagsIsRefused() {
    assertRefused(
        lock("--department", "R&D", "--filter", "DEPARTMENT=Sales"), "department", "more than once");
  }

  @Test
  void sameCustomFieldTwiceIsRefused() {
    assertRefused(
        lock("--custom-field", "2=a", "--filter", "customfield2=b"), "customField2", "more than once");
  }

  @Test
  void departmentFlagTwiceIsRefused() {
    assertRefused(lock("--department", "R&D", "--department", "Sales"), "--department");
  }

  @Test
  void unknownOptionIsRefused() {
    assertRefused(lock("--departement", "R&D"), "--departement");
  }

  @Test
  void missingServerIsRefused() {
    assertRefused(cli.run("lock", "--user", "admin", "--department", "R&D"), "--server");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://ias", "ias.example.com", "http://", "http://exa mple"})
  void serverThatIsNotAnHttpUrlIsRefused(String server) {
    assertRefused(
        cli.run("lock", "--server", server, "--user", "a", "--department", "R&D"), "--server");
  }

  @Test
  void userNameWithColonIsRefused() {
    assertRefused(
        cli.run("lock", "--server", "https://ias", "--user", "a:b", "--department", "R&D"),
        "':'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "3601", "-5"})
  void timeoutOutOfRangeIsRefused(String seconds) {
    assertRefused(lock("--department", "R&D", "--timeout", seconds), "--timeout", "1 to 3600");
  }

  @Test
  void unknownOutputFormatIsRefused() {
    assertRefused(lock("--department", "R&D", "--output", "xml"), "--output", "xml");
  }

  @Test
  void noPasswordAndNoTerminalIsRefusedWithTheWaysToGiveOne() {
    cli.environment.clear();
    assertRefused(lock("--department", "R&D"), "PHONELOCK_PASSWORD", "--password-file", "--password-stdin");
  }

  @Test
  void passwordFileThatDoesNotExistIsRefused(@TempDir Path dir) {
    Path missing = dir.resolve("nope.txt");
    assertRefused(lock("--department", "R&D", "--password-file", missing.toString()), "no such file");
  }

  @Test
  void passwordFileThatIsNotUtf8IsRefused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("pw.txt");
    Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28});
    assertRefused(lock("--department", "R&D", "--password-file", file.toString()), "not valid UTF-8");
  }

  @Test
  void bothPasswordFileAndStdinAreRefused(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("pw.txt"), "x");
    assertRefused(
        lock("--department", "R&D", "--password-file", file.toString(), "--password-stdin"),
        "--password-file", "--password-stdin");
  }

  @Test
  void validInputSendsExactlyTheFilter() {
    int exit = lock("--department", "R&D", "--custom-field", "1=Example1", "--filter", "customField10=a=b");
    assertThat(exit).isZero();
    assertThat(cli.sent).hasSize(1);
    CliHarness.Sent sent = cli.sent.get(0);
    assertThat(sent.action()).isEqualTo(PhoneLockAction.LOCK);
    assertThat(sent.filter().values())
        .containsExactly(
            java.util.Map.entry(FilterField.DEPARTMENT, "R&D"),
            java.util.Map.entry(FilterField.CUSTOM_FIELD_1, "Example1"),
            java.util.Map.entry(FilterField.CUSTOM_FIELD_10, "a=b"));
  }

  @Test
  void valuesAreNotTrimmed() {
    assertThat(lock("--department", " R&D ")).isZero();
    assertThat(cli.sent.get(0).filter().value(FilterField.DEPARTMENT)).contains(" R&D ");
  }

  @Test
  void allSendsAnEmptyFilter() {
    assertThat(lock("--all")).isZero();
    assertThat(cli.sent.get(0).filter().isEmpty()).isTrue();
  }

  @Test
  void passwordComesFromTheOneLineOfTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("pw.txt");
    Files.writeString(file, "Mot-de-passe-été-€\r\n", StandardCharsets.UTF_8);
    assertThat(lock("--department", "R&D", "--password-file", file.toString())).isZero();
    assertThat(cli.opened.get(0).credentials().password()).isEqualTo("Mot-de-passe-été-€");
  }

  @Test
  void aSecondLineInThePasswordFileIsRefusedNotDropped(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("pw.txt");
    Files.writeString(file, "Mot-de-passe-été-€\r\nsecond line\n", StandardCharsets.UTF_8);
    assertRefused(lock("--department", "R&D", "--password-file", file.toString()),
        "--password-file " + file, "control character (U+000D at position 19)");
  }

  @Test
  void passwordComesFromStdinBeforeTheEnvironment() {
    cli.stdin = "from-stdin\n";
    assertThat(lock("--department", "R&D", "--password-stdin")).isZero();
    assertThat(cli.opened.get(0).credentials().password()).isEqualTo("from-stdin");
  }

  @Test
  void passwordComesFromTheTerminalPromptWhenNothingElseGivesOne() {
    cli.environment.clear();
    cli.typedPassword = java.util.Optional.of("typed");
    assertThat(lock("--department", "R&D")).isZero();
    assertThat(cli.prompts).containsExactly("Password for admin: ");
    assertThat(cli.opened.get(0).credentials().password()).isEqualTo("typed");
  }

  @Test
  void plainHttpToARemoteHostWarns() {
    cli.run("lock", "--server", "http://ias.example.com", "--user", "admin", "--department", "x");
    assertThat(cli.err).contains("warning", "plain http", "ias.example.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8080", "http://localhost", "http://[::1]:9000"})
  void plainHttpToLoopbackDoesNotWarn(String server) {
    cli.run("lock", "--server", server, "--user", "admin", "--department", "x");
    assertThat(cli.err).doesNotContain("warning");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Soci\uFFFD\uFFFDt\uFFFD", "\uFFFD"})
  void valueTheLocaleCouldNotDecodeIsRefused(String mangled) {
    assertRefused(lock("--department", mangled), "--department", "UTF-8 locale");
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\t", "  \u3000", "\u00A0", "\u200B", "\u2060\u00A0", "\uFEFF"})
  void blankOrInvisibleValueIsRefused(String blank) {
    assertRefused(lock("--filter", "customField2=" + blank), "--filter", "customField2",
        "only white space or invisible characters");
    assertRefused(lock("--department", blank), "--department", "only white space or invisible");
    assertRefused(lock("--custom-field", "3=" + blank), "--custom-field", "customField3");
  }

  @Test
  void lookAlikeFieldNameIsRefused() {
    assertRefused(lock("--filter", "customF\u0131eld1=x"), "unknown filter field");
  }

  @Test
  void emptyPasswordFromTheEnvironmentIsRefused() {
    cli.environment.put("PHONELOCK_PASSWORD", "");
    assertRefused(lock("--department", "R&D"), "PHONELOCK_PASSWORD", "empty password");
  }

  @Test
  void blankFirstLineOfStdinIsRefused() {
    cli.stdin = "\n";
    assertRefused(lock("--department", "R&D", "--password-stdin"), "standard input", "empty password");
    cli.stdin = "\nsecond\n";
    assertRefused(lock("--department", "R&D", "--password-stdin"), "standard input",
        "control character (U+000A at position 1)");
  }

  @Test
  void passwordThatTheLocaleCouldNotDecodeIsRefusedWithoutShowingIt() {
    cli.environment.put("PHONELOCK_PASSWORD", "Mot-de-passe-\uFFFD\uFFFD");
    assertRefused(lock("--department", "R&D"), "PHONELOCK_PASSWORD", "UTF-8 locale");
    assertThat(cli.err).doesNotContain("Mot-de-passe");
  }

  @Test
  void byteOrderMarkOfAPasswordFileIsNotPartOfThePassword(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("pw.txt");
    Files.writeString(file, "\uFEFFWindows-Pässword\r\n", StandardCharsets.UTF_8);
    assertThat(lock("--department", "R&D", "--password-file", file.toString())).isZero();
    assertThat(cli.opened.get(0).credentials().password()).isEqualTo("Windows-Pässword");
  }
}
