package org.phonelock.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phonelock.application.SecretFiles;

/**
 * A password in the profiles file is accepted only from a file open to its owner alone (README,
 * "Profiles"), and it is read exactly as written in single quotes.
 */
class ProfilePasswordTest {
  private static final String SECRET = "Pr0file-Secret-€-\uD83D\uDD12";
  private final CliHarness cli = new CliHarness();
  @TempDir Path configDir;
  private Path file;

  @BeforeEach
  void configDirectory() throws Exception {
    cli.configDirectory = Optional.of(configDir);
    file = configDir.resolve("config.yaml");
    Files.writeString(file, "profiles:\n  prod:\n    server: https://ias.example.com\n"
        + "    user: svc\n    password: '" + SECRET + "'\n", StandardCharsets.UTF_8);
  }

  private int lockWithPermissions(String permissions) throws Exception {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    return cli.run("lock", "--profile", "prod", "--department", "R&D");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rw-------", "r--------"})
  void passwordFromAFileOnlyItsOwnerCanReadIsUsed(String permissions) throws Exception {
    assertThat(lockWithPermissions(permissions)).as(cli.err).isZero();
    assertThat(cli.opened.get(0).credentials().password()).isEqualTo(SECRET);
    assertThat(cli.out + cli.err).doesNotContain(SECRET);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rw-r--r--", "rw-r-----", "rw----r--", "rw--w----", "rw------x"})
  void passwordFromAFileOthersCanOpenIsRefusedWithTheFix(String permissions) throws Exception {
    int exit = lockWithPermissions(permissions);
    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.sent).isEmpty();
    assertThat(cli.err.strip()).doesNotContain("\n")
        .contains("profile 'prod', " + file + ":5", "is open to other users",
            "chmod 600 " + file);
    assertThat(cli.out + cli.err).doesNotContain(SECRET);
  }

  /**
   * A password kept in a profile goes only to that profile's server (README, "Profiles"): a
   * server from a flag or a variable left in the shell never receives it, with any user name.
   */
  @ParameterizedTest
  @ValueSource(strings = {"PHONELOCK_SERVER", "--server"})
  void theProfilesPasswordIsNotSentToAServerFromElsewhere(String serverSource) throws Exception {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    cli.environment.put("PHONELOCK_USER", "attacker");
    String other = "http://127.0.0.1:18099";
    int exit = serverSource.equals("--server")
        ? cli.run("lock", "--profile", "prod", "--department", "x", "--server", other)
        : run(Map.of("PHONELOCK_SERVER", other), "lock", "--profile", "prod", "--department", "x");
    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.opened).isEmpty();
    assertThat(cli.sent).isEmpty();
    assertThat(cli.err.strip()).doesNotContain("\n").contains("the password kept in profile"
        + " 'prod', " + file + ":5 is sent only to the server named in that file, not to " + other
        + " from " + serverSource, "PHONELOCK_PASSWORD, --password-file or --password-stdin",
        "or drop " + serverSource);
    assertThat(cli.out + cli.err).doesNotContain(SECRET);
  }

  private int run(Map<String, String> environment, String... args) {
    cli.environment.putAll(environment);
    return cli.run(args);
  }

  @Test
  void theProfilesPasswordGoesToItsOwnServerWrittenAnotherWay() throws Exception {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    cli.environment.put("PHONELOCK_SERVER", "HTTPS://IAS.example.com:443/");
    assertThat(cli.run("lock", "--profile", "prod", "--department", "x")).as(cli.err).isZero();
    assertThat(cli.opened.get(0).credentials().password()).isEqualTo(SECRET);
  }

  @Test
  void aPasswordGivenForTheCommandGoesToAServerFromElsewhere() throws Exception {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    cli.environment.put("PHONELOCK_PASSWORD", "from-env");
    assertThat(cli.run("lock", "--profile", "prod", "--department", "x", "--server",
        "https://other.example.com")).as(cli.err).isZero();
    assertThat(cli.opened.get(0).server()).hasToString("https://other.example.com");
    assertThat(cli.opened.get(0).credentials().password()).isEqualTo("from-env");
  }

  @Test
  void aProfileThatNamesNoServerSendsItsPasswordNowhere() throws Exception {
    Files.writeString(file, "profiles:\n  prod:\n    user: svc\n    password: '" + SECRET
        + "'\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    assertThat(cli.run("lock", "--profile", "prod", "--department", "x", "--server",
        "https://ias.example.com")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.opened).isEmpty();
    assertThat(cli.err.strip()).doesNotContain("\n").contains("the password kept in profile"
        + " 'prod', " + file + ":4 is sent only to the server named in that profile, which"
        + " names none, not to https://ias.example.com from --server; give the password with"
        + " PHONELOCK_PASSWORD, --password-file or --password-stdin, or name the server in that"
        + " profile").doesNotContain(SECRET);
  }

  /** A dry run reads no password, but refuses the kept one a run would refuse, in its words. */
  /** A dry run reads no password, yet refuses a kept one that the run would refuse. */
  @ParameterizedTest
  @ValueSource(strings = {"\"ad\\tmin\"", "\"ad\\u0000min\""})
  void dryRunRefusesAKeptPasswordTheRunRefusesForItsText(String yamlPassword) throws Exception {
    Files.writeString(file, "profiles:\n  prod:\n    server: https://ias.example.com\n"
        + "    user: svc\n    password: " + yamlPassword + "\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    assertThat(cli.run("lock", "--profile", "prod", "--department", "x")).isEqualTo(2);
    String refusal = cli.err;
    assertThat(refusal).contains("the password in profile 'prod', " + file + ":5 gives a"
        + " password holding a control character");
    assertThat(cli.run("lock", "--profile", "prod", "--department", "x", "--dry-run"))
        .isEqualTo(2);
    assertThat(cli.err).isEqualTo(refusal);
    assertThat(cli.out).isEmpty();
  }

  @Test
  void dryRunRefusesTheKeptPasswordARunWouldRefuse() throws Exception {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    String[] lock = {"lock", "--profile", "prod", "--department", "x", "--server",
        "https://other.example.com"};
    assertThat(cli.run(lock)).isEqualTo(ExitCodes.USAGE);
    String refusal = cli.err;
    assertThat(refusal).contains("the password kept in profile 'prod', " + file + ":5 is sent"
        + " only to the server named in that file, not to https://other.example.com from"
        + " --server");
    String[] dryRun = java.util.stream.Stream.concat(java.util.Arrays.stream(lock),
        java.util.stream.Stream.of("--dry-run")).toArray(String[]::new);
    assertThat(cli.run(dryRun)).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err).isEqualTo(refusal);
    assertThat(cli.out).doesNotContain("Authorization");
    assertThat(cli.sent).isEmpty();

    // A password given for the command would be used instead: nothing kept is refused.
    cli.environment.put("PHONELOCK_PASSWORD", "from-env");
    assertThat(cli.run(dryRun)).as(cli.err).isZero();
    cli.environment.remove("PHONELOCK_PASSWORD");
    Path given = Files.writeString(configDir.resolve("pw.txt"), "from-file\n");
    assertThat(cli.run(java.util.stream.Stream.concat(java.util.Arrays.stream(dryRun),
        java.util.stream.Stream.of("--password-file", given.toString())).toArray(String[]::new)))
        .as(cli.err).isZero();
    // Its own server may receive it: the dry run shows the request, still without reading it.
    assertThat(cli.run("lock", "--profile", "prod", "--department", "x", "--dry-run"))
        .as(cli.err).isZero();
    assertThat(cli.out).contains("Authorization: Basic <redacted>").doesNotContain(SECRET);
  }

  @Test
  void environmentPasswordWinsOverTheProfile() throws Exception {
    cli.environment.put("PHONELOCK_PASSWORD", "from-env");
    assertThat(lockWithPermissions("rw-------")).isZero();
    assertThat(cli.opened.get(0).credentials().password()).isEqualTo("from-env");
  }

  @Test
  void profilePasswordWinsOverThePrompt() throws Exception {
    cli.typedPassword = Optional.of("typed");
    assertThat(lockWithPermissions("rw-------")).isZero();
    assertThat(cli.prompts).isEmpty();
    assertThat(cli.opened.get(0).credentials().password()).isEqualTo(SECRET);
  }

  @Test
  void onAFileSystemWithoutPosixPermissionsThePasswordIsRefused() {
    Profiles.Profile profile = new Profiles.Profile("prod", file, Map.of());
    Profiles.Value password = new Profiles.Value(SECRET, 5);
    assertThat(Profiles.refusal(profile, password,
        SecretFiles.refusal(file, Optional.empty())))
        .hasValueSatisfying(refusal -> assertThat(refusal)
            .contains("no POSIX permissions", "PHONELOCK_PASSWORD", "--password-file")
            .doesNotContain(SECRET));
  }

  @Test
  void ownerOnlyPermissionsAreAccepted() {
    Profiles.Profile profile = new Profiles.Profile("prod", file, Map.of());
    assertThat(SecretFiles.refusal(file,
        Optional.of(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE))))
        .isEmpty();
  }

  @Test
  void profileToStringNeverShowsAValue() {
    Profiles.Profile profile =
        new Profiles.Profile("prod", file, Map.of("password", new Profiles.Value(SECRET, 5)));
    assertThat(profile.toString()).contains("prod", "password").doesNotContain(SECRET);
    assertThat(new Profiles.Value(SECRET, 5).toString()).doesNotContain(SECRET);
    assertThat(new PasswordAndTransportOptions.Stored(SECRET, "the password in profile 'prod'")
        .toString()).contains("profile 'prod'").doesNotContain(SECRET);
  }

  /**
   * The README tells users to put the password in single quotes, doubling any {@code '}: any
   * text without a line break then reads back unchanged (reserved YAML characters, leading
   * {@code *}, {@code !}, {@code &}, {@code #}, spaces, non-BMP characters).
   */
  @Property(tries = 1000)
  void singleQuotedPasswordReadsBackExactly(@ForAll("passwords") String password)
      throws Exception {
    Path dir = Files.createTempDirectory("phonelock-profile");
    try {
      Path yaml = dir.resolve("config.yaml");
      Files.writeString(yaml, "profiles:\n  p:\n    password: '" + password.replace("'", "''")
          + "'\n", StandardCharsets.UTF_8);
      Map<String, Profiles.Profile> profiles = Profiles.load(yaml);
      assertThat(profiles.get("p").get("password").map(Profiles.Value::text)).contains(password);
    } finally {
      Files.deleteIfExists(dir.resolve("config.yaml"));
      Files.delete(dir);
    }
  }

  @Provide
  Arbitrary<String> passwords() {
    // YAML's printable characters without line breaks (YAML 1.1 also breaks at U+0085,
    // U+2028, U+2029), as strings of code points so that surrogate pairs stay whole.
    Arbitrary<Integer> codePoint = Arbitraries.oneOf(
        Arbitraries.of(' ', '\'', '"', '*', '!', '&', '#', ':', '-', '%', '@', '\\', '\t')
            .map(c -> (int) c),
        Arbitraries.integers().between(0x20, 0x7E),
        Arbitraries.integers().between(0xA0, 0xD7FF).filter(c -> c != 0x2028 && c != 0x2029),
        Arbitraries.integers().between(0xE000, 0xFFFD),
        Arbitraries.integers().between(0x10000, 0x10FFFF));
    return codePoint.list().ofMinSize(1).ofMaxSize(24).map(points -> {
      StringBuilder text = new StringBuilder();
      points.forEach(text::appendCodePoint);
      return text.toString();
    });
  }
}
