package org.phonelock.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.Fault;
import org.phonelock.adapters.fakeserver.UserDirectory;

/**
 * The packaged CLI, as a separate process with every log turned up to the most detailed level
 * (slf4j-simple at trace, java.util.logging at ALL) and {@code -v}, shows no secret on stdout or
 * stderr under any outcome: neither the password nor the Basic authentication value (README,
 * "Password": secrets never appear in output or logs). The fake server runs in this test's process, with its faults.
 */
class NoSecretInOutputIT {
  private static final String USER = "françois.admin";
  private static final String PASSWORD = "Mot-de-passe-été-€";
  private static final String WRONG = "Wr0ng-Secret-Pässword";
  private static FakePhoneLockServer server;
  @TempDir static Path dir;
  private static Path julConfig;

  @BeforeAll
  static void start() throws Exception {
    server = FakePhoneLockServer.builder().directory(UserDirectory.sample())
        .bindAddress("127.0.0.1").port(0).start();
    julConfig = Files.writeString(dir.resolve("logging.properties"),
        "handlers=java.util.logging.ConsoleHandler\n.level=ALL\n"
            + "java.util.logging.ConsoleHandler.level=ALL\n");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.reset();
  }

  private static List<String> secrets(String password) {
    String basic = Base64.getEncoder()
        .encodeToString((USER + ":" + password).getBytes(StandardCharsets.UTF_8));
    return List.of(password, basic);
  }

  /** Runs the jar with {@code stdin} on standard input, as a scheduler would. */
  private static PackagedCli.Run run(
      String stdin, List<String> secrets, Path configHome, String... args) throws Exception {
    List<String> command = new ArrayList<>(PackagedCli.command(args));
    command.addAll(1, List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
        "-Djava.util.logging.config.file=" + julConfig));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("PHONELOCK_PASSWORD");
    builder.environment().put("XDG_CONFIG_HOME", configHome.toString());
    // Files, not pipes: with every log at its finest level the process writes more than a pipe
    // holds, and reading one stream to its end while the other fills would block both sides.
    Path outFile = Files.createTempFile(configHome, "out", ".txt");
    Path errFile = Files.createTempFile(configHome, "err", ".txt");
    builder.redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
    Process process = builder.start();
    process.getOutputStream().write((stdin + "\n").getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    boolean finished = process.waitFor(120, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    assertThat(finished).as("finished within 120 s").isTrue();
    var out = Files.readAllBytes(outFile);
    var err = Files.readAllBytes(errFile);
    PackagedCli.Run run = new PackagedCli.Run(process.exitValue(),
        new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    for (String secret : secrets) {
      assertThat(run.out() + run.err()).as("no secret").doesNotContain(secret);
    }
    return run;
  }

  private static PackagedCli.Run lock(String password, String server, String... extra)
      throws Exception {
    List<String> args = new ArrayList<>(List.of("lock", "-v", "--server", server, "--user", USER,
        "--password-stdin", "--department", "R&D"));
    args.addAll(List.of(extra));
    return run(password, secrets(password), dir, args.toArray(String[]::new));
  }

  @Test
  void everyOutcomeShowsNoSecretEvenWithAllLogsOn() throws Exception {
    String base = server.baseUri().toString();
    assertThat(lock(PASSWORD, base).exitCode()).isZero();
    assertThat(lock(PASSWORD, base, "--output", "json").exitCode()).isZero();
    assertThat(lock(WRONG, base).exitCode()).isEqualTo(3);
    assertThat(lock(PASSWORD, base + "/no-api").exitCode()).isEqualTo(5);
    server.injectFault(Fault.status(400), 1);
    assertThat(lock(PASSWORD, base).exitCode()).isEqualTo(5);
    server.injectFault(Fault.status(503, 0), 2);
    assertThat(lock(PASSWORD, base, "--retries", "1").exitCode()).isEqualTo(6);
    server.injectFault(Fault.drop(), 4);
    assertThat(lock(PASSWORD, base, "--retries", "1").exitCode()).isEqualTo(6);
    server.injectFault(Fault.truncate(), 1);
    // The lock took effect but the answer was cut short: the client reports it as applied
    // without counts or as no answer, depending on the adapters-http version; either way no
    // secret may show.
    assertThat(lock(PASSWORD, base, "--retries", "0").exitCode()).isIn(0, 6);
    server.injectFault(Fault.delay(Duration.ofSeconds(3)), 1);
    assertThat(lock(PASSWORD, base, "--timeout", "1", "--retries", "0").exitCode()).isEqualTo(6);
    assertThat(lock(PASSWORD, base, "--custom-field", "0=x").exitCode()).isEqualTo(2);
    assertThat(lock(PASSWORD, base, "--dry-run").exitCode()).isZero();
  }

  @Test
  void closedPortShowsNoSecret() throws Exception {
    // A bound socket that neither listens nor connects: connecting to its port is refused, and
    // no other process can take the port while the test runs (a closed ServerSocket's could).
    try (java.net.Socket holder = new java.net.Socket()) {
      holder.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0));
      int port = holder.getLocalPort();
      assertThat(lock(PASSWORD, "http://127.0.0.1:" + port, "--retries", "0").exitCode())
          .isEqualTo(6);
    }
  }

  @Test
  void profilePasswordShowsNoSecretOnSuccessOrRefusal() throws Exception {
    Path configHome = Files.createDirectories(dir.resolve("xdg"));
    Path file = Files.createDirectories(configHome.resolve("phonelock")).resolve("config.yaml");
    Files.writeString(file, "profiles:\n  default:\n    server: " + server.baseUri() + "\n"
        + "    user: " + USER + "\n    password: '" + PASSWORD + "'\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    PackagedCli.Run applied = run("", secrets(PASSWORD), configHome, "unlock", "-v", "--all");
    assertThat(applied.exitCode()).as(applied.err()).isZero();
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    PackagedCli.Run refused = run("", secrets(PASSWORD), configHome, "unlock", "-v", "--all");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("chmod 600 " + file);
  }
}
