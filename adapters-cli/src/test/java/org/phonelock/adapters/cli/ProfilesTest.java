package org.phonelock.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Profiles (README, "Profiles"): settings from the profiles file, precedence flags
 * then environment then profile, and refusals naming the file and line. Every run uses a config
 * directory under a temporary folder, never the real home.
 */
class ProfilesTest {
  private static final String PROFILE_PASSWORD = "pr0file-Secret-é";
  private final CliHarness cli = new CliHarness();
  @TempDir Path configDir;
  private Path file;

  @BeforeEach
  void configDirectory() {
    cli.configDirectory = Optional.of(configDir);
    file = configDir.resolve("config.yaml");
    cli.environment.put("PHONELOCK_PASSWORD", "env-password");
  }

  private void config(String yaml, String permissions) throws Exception {
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
  }

  private void config(String yaml) throws Exception {
    config(yaml, "rw-------");
  }

  private static final String PROD = """
      profiles:
        prod:
          server: https://ias.example.com
          user: phonelock-svc
          timeout: 45
          retries: 5
          ca-file: certs/ias-ca.pem
          insecure: false
        lab:
          server: http://127.0.0.1:8080
          user: lab-admin
          insecure: true
      """;

  private void assertRefused(int exit, String... named) {
    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.sent).isEmpty();
    assertThat(cli.err.strip()).doesNotContain("\n").doesNotContain("\tat ");
    assertThat(cli.err).contains(named);
  }

  @Test
  void profileGivesEverySettingTheFlagsLeaveOut() throws Exception {
    config(PROD);
    assertThat(cli.run("lock", "--profile", "prod", "--department", "R&D")).as(cli.err).isZero();
    ConnectionSettings settings = cli.opened.get(0);
    assertThat(settings.server()).hasToString("https://ias.example.com");
    assertThat(settings.credentials().username()).isEqualTo("phonelock-svc");
    assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(45));
    assertThat(settings.retries()).isEqualTo(5);
    assertThat(settings.caFile()).contains(configDir.resolve("certs/ias-ca.pem"));
    assertThat(settings.insecure()).isFalse();
  }

  @Test
  void environmentVariableChoosesTheProfile() throws Exception {
    config(PROD);
    cli.environment.put("PHONELOCK_PROFILE", "lab");
    assertThat(cli.run("unlock", "--all")).as(cli.err).isZero();
    assertThat(cli.opened.get(0).server()).hasToString("http://127.0.0.1:8080");
    assertThat(cli.opened.get(0).insecure()).isTrue();
    assertThat(cli.opened.get(0).timeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(cli.opened.get(0).retries()).isEqualTo(2);
  }

  @Test
  void profileFlagWinsOverTheEnvironmentVariable() throws Exception {
    config(PROD);
    cli.environment.put("PHONELOCK_PROFILE", "lab");
    assertThat(cli.run("lock", "--profile", "prod", "--all")).isZero();
    assertThat(cli.opened.get(0).credentials().username()).isEqualTo("phonelock-svc");
  }

  @Test
  void profileNamedDefaultIsUsedWhenNoneIsNamed() throws Exception {
    config("profiles:\n  default:\n    server: https://default.example.com\n    user: d\n");
    assertThat(cli.run("lock", "--all")).as(cli.err).isZero();
    assertThat(cli.opened.get(0).server()).hasToString("https://default.example.com");
  }

  /**
   * An empty profile name is refused as every empty flag or variable is (README, "Profiles"):
   * taken as unset it would act on the server of profile 'default', which nobody named.
   */
  @Test
  void emptyProfileVariableIsRefusedNotTakenForTheDefaultProfile() throws Exception {
    config("profiles:\n  default:\n    server: https://default.example.com\n    user: d\n");
    cli.environment.put("PHONELOCK_PROFILE", "");
    assertThat(cli.run("lock", "--all")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.opened).isEmpty();
    assertThat(cli.err).isEqualTo("phonelock lock: PHONELOCK_PROFILE is empty; give a value, or"
        + " leave it out" + System.lineSeparator());
  }

  @Test
  void emptyProfileFlagIsRefusedAsEmptyNotAsAnUnknownProfile() throws Exception {
    config("profiles:\n  default:\n    server: https://default.example.com\n    user: d\n");
    assertThat(cli.run("lock", "--profile", "", "--all")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.opened).isEmpty();
    assertThat(cli.err).isEqualTo("phonelock lock: --profile is empty; give a value, or leave it"
        + " out" + System.lineSeparator());
    assertThat(cli.run("lock", "--profile", "default", "--profile", "", "--all"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err).contains("--profile '' is empty; give a value, or leave it out");
    assertThat(cli.opened).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\u200B", "\u2800", "\u00A0\u3164"})
  void aBlankOrInvisibleUserIsRefusedFromEverySource(String blank) throws Exception {
    config("profiles:\n  prod:\n    server: https://ias.example.com\n    user: \"" + blank
        + "\"\n");
    assertThat(cli.run("lock", "--profile", "prod", "--all")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err).contains("user (profile 'prod', " + file + ":4) gives a blank or"
        + " invisible user name; give the account's name");
    cli.environment.put("PHONELOCK_USER", blank);
    assertThat(cli.run("lock", "--profile", "prod", "--all")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err).isEqualTo("phonelock lock: PHONELOCK_USER gives a blank or invisible"
        + " user name; give the account's name" + System.lineSeparator());
    assertThat(cli.run("lock", "--profile", "prod", "--all", "--user", blank))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err).contains("--user gives a blank or invisible user name");
    assertThat(cli.opened).isEmpty();
    assertThat(cli.prompts).isEmpty();
  }

  @Test
  void flagsWinOverTheEnvironmentWhichWinsOverTheProfile() throws Exception {
    config(PROD);
    cli.environment.put("PHONELOCK_SERVER", "https://from-env.example.com");
    cli.environment.put("PHONELOCK_TIMEOUT", "12");
    cli.environment.put("PHONELOCK_RETRIES", "0");
    cli.environment.put("PHONELOCK_CA_FILE", "/etc/env-ca.pem");
    assertThat(cli.run("lock", "--profile", "prod", "--all", "--user", "flag-user",
        "--timeout", "7")).as(cli.err).isZero();
    ConnectionSettings settings = cli.opened.get(0);
    assertThat(settings.credentials().username()).isEqualTo("flag-user");
    assertThat(settings.server()).hasToString("https://from-env.example.com");
    assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(7));
    assertThat(settings.retries()).isZero();
    assertThat(settings.caFile()).contains(Path.of("/etc/env-ca.pem"));
  }

  @Test
  void noInsecureFlagOverridesTheProfile() throws Exception {
    config(PROD);
    assertThat(cli.run("lock", "--profile", "lab", "--no-insecure", "--all")).isZero();
    assertThat(cli.opened.get(0).insecure()).isFalse();
  }

  @Test
  void serverMissingFromEverySourceNamesEachWayToGiveIt() throws Exception {
    config("profiles:\n  partial:\n    user: someone\n");
    assertRefused(cli.run("lock", "--profile", "partial", "--all"),
        "no server given", "--server URL", "PHONELOCK_SERVER", "'server'",
        "profile 'partial' of " + file);
  }

  @Test
  void userMissingWithoutAnyProfileNamesTheProfilesFile() {
    assertRefused(cli.run("lock", "--server", "https://ias", "--all"),
        "no user given", "--user NAME", "PHONELOCK_USER", file.toString(), "--profile NAME",
        "PHONELOCK_PROFILE");
  }

  @Test
  void unknownProfileNamesTheFileAndTheProfilesThere() throws Exception {
    config(PROD);
    assertRefused(cli.run("lock", "--profile", "prd", "--all"),
        "--profile 'prd'", "no such profile in " + file, "prod, lab");
  }

  @Test
  void unknownProfileFromTheEnvironmentNamesTheVariable() throws Exception {
    config(PROD);
    cli.environment.put("PHONELOCK_PROFILE", "staging");
    assertRefused(cli.run("lock", "--all"), "PHONELOCK_PROFILE='staging'", "no such profile");
  }

  @Test
  void namedProfileWithoutAFileIsRefused() {
    assertRefused(cli.run("lock", "--profile", "prod", "--all"),
        "there is no profiles file " + file);
  }

  @Test
  void unknownKeyIsRefusedWithFileAndLine() throws Exception {
    config("profiles:\n  prod:\n    server: https://ias\n    sever: https://typo\n");
    assertRefused(cli.run("lock", "--profile", "prod", "--all"),
        file + ":4:", "unknown key 'sever'", "accepted: server, user, password");
  }

  @Test
  void unknownTopLevelKeyIsRefusedWithFileAndLine() throws Exception {
    config("profile:\n  prod:\n    server: https://ias\n");
    assertRefused(cli.run("lock", "--server", "https://x", "--user", "u", "--all"),
        file + ":1:", "unknown key 'profile'");
  }

  @Test
  void keyGivenTwiceIsRefusedWithFileAndLine() throws Exception {
    config("profiles:\n  prod:\n    user: a\n    user: b\n");
    assertRefused(cli.run("lock", "--profile", "prod", "--all"), file + ":4", "'user'");
  }

  @Test
  void profileGivenTwiceIsRefusedWithBothLines() throws Exception {
    config("profiles:\n  prod:\n    user: a\n  prod:\n    user: b\n");
    assertRefused(cli.run("lock", "--profile", "prod", "--all"),
        file + ":4:", "key 'prod' is given twice in 'profiles' (first at line 2)");
  }

  @Test
  void secondYamlDocumentIsRefused() throws Exception {
    config("profiles:\n  prod:\n    user: a\n---\nprofiles:\n");
    assertRefused(cli.run("lock", "--profile", "prod", "--all"), file + ":5:",
        "more than one YAML document");
  }

  @Test
  void emptyFileHasNoProfiles() throws Exception {
    config("# nothing yet\n");
    assertRefused(cli.run("lock", "--profile", "prod", "--all"), "profiles there: none");
  }

  @Test
  void malformedYamlIsRefusedWithFileAndLineAndWithoutTheLineItself() throws Exception {
    config("profiles:\n  prod:\n    server: https://ias\n    password: \"" + PROFILE_PASSWORD
        + "\n    user: u\n");
    assertRefused(cli.run("lock", "--server", "https://x", "--user", "u", "--all"),
        file.toString(), "not valid YAML", "line 4");
    assertThat(cli.err).doesNotContain(PROFILE_PASSWORD);
  }

  @Test
  void malformedFileIsRefusedEvenWhenNoProfileIsNamed() throws Exception {
    config("profiles:\n  prod: {server: x\n");
    assertRefused(cli.run("lock", "--server", "https://x", "--user", "u", "--all"),
        file.toString(), "not valid YAML");
  }

  @Test
  void fileThatIsNotUtf8IsRefused() throws Exception {
    Files.write(file, new byte[] {'p', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
    assertRefused(cli.run("lock", "--server", "https://x", "--user", "u", "--all"),
        file + ":1: is not valid UTF-8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[a, b]", "{a: b}", "", "!tag x", "&anchor x"})
  void valueThatIsNotPlainTextIsRefusedWithFileAndLine(String value) throws Exception {
    config("profiles:\n  prod:\n    server: https://ias\n    user: " + value + "\n");
    assertRefused(cli.run("lock", "--profile", "prod", "--all"), file + ":4:", "'user'");
  }

  @Test
  void valueThatIsAnAliasIsRefusedWithFileAndLine() throws Exception {
    config("profiles:\n  prod:\n    server: https://ias\n    user: *alias\n");
    assertRefused(cli.run("lock", "--profile", "prod", "--all"), file + ":4:", "alias");
  }

  @Test
  void aliasOfAnAnchoredValueIsRefusedWhereverItIsUsed() throws Exception {
    config("profiles:\n  prod:\n    server: &s https://ias\n    user: u\n  lab:\n"
        + "    server: *s\n    user: u\n");
    assertRefused(cli.run("lock", "--profile", "lab", "--all"), file + ":3:", "anchor");
  }

  @Test
  void timeoutOutOfRangeInAProfileNamesTheProfileFileAndLine() throws Exception {
    config("profiles:\n  prod:\n    server: https://ias\n    user: u\n    timeout: 5000\n");
    assertRefused(cli.run("lock", "--profile", "prod", "--all"),
        "timeout (profile 'prod', " + file + ":5) '5000'", "1 to 3600 seconds");
  }

  @Test
  void malformedEnvironmentValueNamesTheVariable() {
    cli.environment.put("PHONELOCK_RETRIES", "many");
    assertRefused(cli.run("lock", "--server", "https://x", "--user", "u", "--all"),
        "PHONELOCK_RETRIES 'many'", "0 to 10");
  }

  @Test
  void insecureThatIsNotABooleanIsRefused() throws Exception {
    config("profiles:\n  prod:\n    server: https://ias\n    user: u\n    insecure: maybe\n");
    assertRefused(cli.run("lock", "--profile", "prod", "--all"), "insecure (profile 'prod'",
        "true or false");
  }

  private CliContext context() {
    java.io.PrintWriter sink = new java.io.PrintWriter(java.io.Writer.nullWriter());
    return new CliContext(java.util.Map.of(), java.io.InputStream.nullInputStream(), sink, sink,
        prompt -> Optional.empty(), Optional.of(configDir));
  }

  @Test
  void aCommandParsesTheProfilesFileOnceHoweverManyProfilesItNames() throws Exception {
    config(PROD);
    Profiles profiles = new Profiles(context());
    assertThat(profiles.select(Optional.of("prod"), "--profile 'prod'")).isPresent();
    config("profiles: [not, a, mapping]\n");
    // The same command still has both profiles: the file was parsed once, at the first select.
    assertThat(profiles.select(Optional.of("lab"), "--profile 'lab'"))
        .hasValueSatisfying(lab -> assertThat(lab.get("user").orElseThrow().text())
            .isEqualTo("lab-admin"));
    // The next command reads the file again, and refuses it.
    assertThatThrownBy(() -> new Profiles(context()).select(Optional.of("prod"),
        "night.yaml:3: profile 'prod'")).hasMessageContainingAll(file + ":1", "'profiles'");
  }

  @Test
  void aRefusedProfilesFileIsRefusedForEveryProfileNamedWithoutReadingItAgain() throws Exception {
    config("profiles: [not, a, mapping]\n");
    Profiles profiles = new Profiles(context());
    Throwable first = catchThrowable(() -> profiles.select(Optional.of("prod"), "--profile 'prod'"));
    assertThat(first).hasMessageContaining(file + ":1");
    config(PROD);
    assertThat(catchThrowable(() -> profiles.select(Optional.of("lab"), "--profile 'lab'")))
        .hasMessage(first.getMessage());
  }
}
