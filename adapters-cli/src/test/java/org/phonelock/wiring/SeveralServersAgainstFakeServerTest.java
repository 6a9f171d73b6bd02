package org.phonelock.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonelock.adapters.cli.CliContext;
import org.phonelock.adapters.cli.CliRunner;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.LineState;
import org.phonelock.adapters.fakeserver.UserDirectory;

/**
 * {@code lock --profile milan --profile rome} (README, "Several servers in one command"): each profile's own
 * server, user and password; requests in parallel; one server down never stops the other; one
 * line (or one JSON result) per server; the exit code is the worst.
 */
class SeveralServersAgainstFakeServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path config;
  private FakePhoneLockServer milan;
  private FakePhoneLockServer rome;

  @BeforeEach
  void start() throws Exception {
    milan = FakePhoneLockServer.builder().directory(UserDirectory.sample()).start();
    rome = FakePhoneLockServer.builder().directory(UserDirectory.sample()).start();
    Path file = config.resolve("config.yaml");
    Files.writeString(file, String.join("\n",
        "profiles:",
        "  milan:",
        "    server: " + milan.baseUri(),
        "    user: admin",
        "    password: admin-demo-pw",
        "  rome:",
        "    server: " + rome.baseUri(),
        "    user: rd-manager",
        "    password: rd-demo-pw",
        ""));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
  }

  @AfterEach
  void stop() {
    milan.close();
    rome.close();
  }

  private record Run(int exit, String out, String err) {}

  private Run phonelock(String... args) {
    return phonelockWith(Map.of(), args);
  }

  private Run phonelockWith(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context = new CliContext(environment, new ByteArrayInputStream(new byte[0]),
        new PrintWriter(out, true), new PrintWriter(err, true), prompt -> Optional.empty(),
        Optional.of(config));
    int exit = CliRunner.run(DaggerPhonelockComponent.factory().create(context).commandFactory(),
        context, args);
    Run run = new Run(exit, out.toString(), err.toString());
    assertThat(run.out() + run.err()).doesNotContain("admin-demo-pw", "rd-demo-pw");
    return run;
  }

  private static boolean rdLocked(FakePhoneLockServer server) {
    return server.lines().stream().filter(l -> "R&D".equals(l.department()))
        .allMatch(LineState::locked);
  }

  @Test
  void locksOnBothServersWithEachProfilesAccount() {
    Run run = phonelock("lock", "--profile", "milan", "--profile", "rome", "--department", "R&D");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(rdLocked(milan)).isTrue();
    assertThat(rdLocked(rome)).isTrue();
    assertThat(run.out().lines()).hasSize(2).anyMatch(l -> l.startsWith("Lock applied on "
        + milan.baseUri())).anyMatch(l -> l.startsWith("Lock applied on " + rome.baseUri()));
    assertThat(rome.journal()).hasSize(1);
  }

  @Test
  void oneServerStoppedAppliesOnTheOtherExitsSixAndSaysWhich() throws Exception {
    rome.close();
    Run run = phonelock("lock", "--profile", "milan", "--profile", "rome", "--department", "R&D",
        "--retries", "0");
    assertThat(run.exit()).isEqualTo(6);
    assertThat(rdLocked(milan)).isTrue();
    assertThat(run.out()).contains("Lock applied on " + milan.baseUri());
    assertThat(run.err()).contains("lock on " + rome.baseUri() + " failed: no answer",
        "lock applied on 1 of 2 servers; failed on rome (" + rome.baseUri() + ")");

    Run json = phonelock("unlock", "--profile", "milan", "--profile", "rome", "--department",
        "R&D", "--retries", "0", "--output", "json");
    assertThat(json.exit()).isEqualTo(6);
    JsonNode node = JSON.readTree(json.out());
    assertThat(node.get("exitCode").asInt()).isEqualTo(6);
    assertThat(node.get("results")).hasSize(2);
    assertThat(node.get("results").get(0).get("profile").asText()).isEqualTo("milan");
    assertThat(node.get("results").get(0).get("outcome").asText()).isEqualTo("applied");
    assertThat(node.get("results").get(1).get("profile").asText()).isEqualTo("rome");
    assertThat(node.get("results").get(1).get("outcome").asText()).isEqualTo("unavailable");
    assertThat(rdLocked(milan)).isFalse();
  }

  /**
   * README, "Several servers": every profile is checked before anything is sent, the CA file
   * too (building each client reads it).
   */
  @Test
  void aProfilesUnusableCaFileIsRefusedBeforeAnyServerIsSentAnything() throws Exception {
    Path file = config.resolve("config.yaml");
    Files.writeString(config.resolve("bad-ca.pem"), "hello\n");
    Files.writeString(file, Files.readString(file) + "    ca-file: bad-ca.pem\n");
    Run run = phonelock("lock", "--profile", "milan", "--profile", "rome", "--department", "R&D");
    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip()).doesNotContain("\n").startsWith("phonelock lock: profile"
        + " 'rome': ca-file (").contains(file + ":10", config.resolve("bad-ca.pem").toString());
    assertThat(milan.journal()).isEmpty();
    assertThat(rome.journal()).isEmpty();
    assertThat(rdLocked(milan)).isFalse();
  }

  @Test
  void dryRunShowsEveryRequestAndSendsNothing() {
    Run run = phonelock("lock", "--profile", "milan", "--profile", "rome", "--department", "R&D",
        "--dry-run");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("# profile milan: " + milan.baseUri(),
        "# profile rome: " + rome.baseUri(),
        "PUT " + milan.baseUri() + "/fw/Apps/StoneLock/WebAPI/Phones/Lock?department=R%26D",
        "PUT " + rome.baseUri() + "/fw/Apps/StoneLock/WebAPI/Phones/Lock?department=R%26D");
    assertThat(milan.journal()).isEmpty();
    assertThat(rome.journal()).isEmpty();
  }

  /**
   * PHONELOCK_SERVER or PHONELOCK_USER would send every profile's password to one server, or as
   * one user (found by a review: both profiles' requests went to the variable's server).
   */
  @Test
  void serverOrUserFromTheEnvironmentIsRefusedWithSeveralProfiles() throws Exception {
    try (FakePhoneLockServer other = FakePhoneLockServer.builder().start()) {
      for (Map<String, String> environment : java.util.List.of(
          Map.of("PHONELOCK_SERVER", other.baseUri().toString()),
          Map.of("PHONELOCK_USER", "lock-manager"))) {
        Run run = phonelockWith(environment, "lock", "--profile", "milan", "--profile", "rome",
            "--department", "R&D");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(environment.keySet().iterator().next()
            + " cannot be combined with several profiles");
      }
      assertThat(other.journal()).isEmpty();
    }
    assertThat(milan.journal()).isEmpty();
    assertThat(rome.journal()).isEmpty();
  }

  @Test
  void aProfileNamedTwiceOrTwoProfilesOnOneServerAreRefused() throws Exception {
    Run twice = phonelock("lock", "--profile", "milan", "--profile", "milan", "--department",
        "R&D");
    assertThat(twice.exit()).isEqualTo(2);
    assertThat(twice.err()).contains("profile 'milan' is named twice");
    Path file = config.resolve("config.yaml");
    addProfile(file, "milan-again", milan.baseUri().toString().replace("http://", "HTTP://")
        + "/");
    Run same = phonelock("lock", "--profile", "milan", "--profile", "milan-again",
        "--department", "R&D");
    assertThat(same.exit()).isEqualTo(2);
    assertThat(same.err()).contains("is also the server of profile 'milan'");
    // localhost names this machine, as 127.0.0.1 does: it may be the same server.
    addProfile(file, "milan-localhost", milan.baseUri().toString().replace("127.0.0.1",
        "localhost"));
    Run loopback = phonelock("lock", "--profile", "milan", "--profile", "milan-localhost",
        "--department", "R&D");
    assertThat(loopback.exit()).isEqualTo(2);
    assertThat(loopback.err()).contains("is also the server of profile 'milan'");
    assertThat(milan.journal()).isEmpty();
  }

  private static void addProfile(Path file, String name, String server) throws Exception {
    Files.writeString(file, Files.readString(file) + "  " + name + ":\n    server: " + server
        + "\n    user: admin\n    password: admin-demo-pw\n");
  }

  @Test
  void aPasswordTypedAsAnOptionIsNeverEchoed() {
    Run run = phonelock("lock", "--profile", "milan", "--password", "hunter2secret",
        "--department", "R&D");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("'--password'", "a password is never an argument")
        .doesNotContain("hunter2secret");
    Run joined = phonelock("lock", "--profile", "milan", "--password=hunter2secret", "--all");
    assertThat(joined.err()).contains("'--password'").doesNotContain("hunter2secret");
    assertThat(milan.journal()).isEmpty();
  }
}
