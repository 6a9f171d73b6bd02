package org.phonelock.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.Fault;
import org.phonelock.adapters.fakeserver.JournalEntry;
import org.phonelock.adapters.fakeserver.UserDirectory;

/**
 * Each exit code (README, "Exit codes") against the in-process fake server, its faults included,
 * through the real wiring: Dagger, the Jersey client, {@code CliRunner}. Every run is verbose
 * ({@code -v}) and none may show a secret, neither the password nor the Basic authentication
 * value, on stdout, stderr or in any log (README, "Exit codes" and "Password").
 *
 * <p>Exit code 1 (internal error) has no honest trigger here: every failure the server or the
 * network can cause maps to 2 to 6. ActionCommandOutcomeTest covers 1 with a throwing client.
 */
class ExitCodesAgainstFakeServerTest {
  private static final String PASSWORD = "admin-demo-pw";
  private static final String WRONG_PASSWORD = "Wr0ng-Secret-Pässword";
  private static FakePhoneLockServer server;
  private final Map<String, String> environment = new HashMap<>();
  private final List<String> secrets = new ArrayList<>();
  @TempDir Path configDir;

  @BeforeAll
  static void startServer() throws Exception {
    server = FakePhoneLockServer.builder().directory(UserDirectory.sample())
        .bindAddress("127.0.0.1").port(0).start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void admin() {
    server.reset();
    password("admin", PASSWORD);
  }

  private void password(String user, String password) {
    environment.put("PHONELOCK_PASSWORD", password);
    secrets.add(password);
    secrets.add(Base64.getEncoder().encodeToString(
        (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  @AfterEach
  void clear() {
    server.clearFaults();
  }

  private CapturedOutput.Run lock(String server, String user, String... extra) {
    List<String> args = new ArrayList<>(List.of("lock", "-v", "--server", server, "--user", user));
    args.addAll(List.of(extra));
    CapturedOutput.Run run = CapturedOutput.run(environment, configDir, args.toArray(String[]::new));
    for (String secret : secrets) {
      assertThat(run.everything()).as("no secret in any output").doesNotContain(secret);
    }
    assertThat(run.err()).doesNotContain("\tat ");
    return run;
  }

  private CapturedOutput.Run lockRd(String... extra) {
    List<String> args = new ArrayList<>(List.of("--department", "R&D"));
    args.addAll(List.of(extra));
    return lock(server.baseUri().toString(), "admin", args.toArray(String[]::new));
  }

  private static List<Integer> statuses() {
    return server.journal().stream().map(JournalEntry::status).toList();
  }

  private static String failureLine(CapturedOutput.Run run) {
    return run.err().lines().filter(line -> line.contains(" failed: ")).findFirst().orElse("");
  }

  @Test
  void appliedExitsZero() {
    CapturedOutput.Run run = lockRd();
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Lock applied on " + server.baseUri(), "changed");
    assertThat(run.err()).contains("> Authorization: Basic <redacted>", "< HTTP/1.1 200");
    assertThat(statuses()).containsExactly(200);
  }

  @Test
  void badInputExitsTwoAndSendsNothing() {
    CapturedOutput.Run run = lockRd("--custom-field", "11=x");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--custom-field '11=x'");
    assertThat(server.journal()).isEmpty();
  }

  @Test
  void unknownProfileExitsTwoAndSendsNothing() {
    CapturedOutput.Run run = lockRd("--profile", "nope");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--profile 'nope'");
    assertThat(server.journal()).isEmpty();
  }

  @Test
  void wrongPasswordExitsThree() {
    password("admin", WRONG_PASSWORD);
    CapturedOutput.Run run = lockRd();
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(failureLine(run)).contains("lock on " + server.baseUri(),
        "authentication failed (401)", "check --user and the password");
    assertThat(statuses()).containsExactly(401);
  }

  @Test
  void accountWithoutPhoneLockRightsExitsFour() {
    password("no-rights", "none-demo-pw");
    CapturedOutput.Run run = lock(server.baseUri().toString(), "no-rights", "--all");
    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(failureLine(run)).contains("permission denied (403)");
    assertThat(statuses()).containsExactly(403);
  }

  @Test
  void addressWithoutThePhoneLockApiExitsFiveNamingTheUcxVersion() {
    CapturedOutput.Run run = lock(server.baseUri() + "/not-ias", "admin", "--all");
    assertThat(run.exitCode()).isEqualTo(5);
    assertThat(failureLine(run)).contains("not found (404)", "UCX Suite 2020.Summer.1 or later");
  }

  @Test
  void injected404ExitsFive() {
    server.injectFault(Fault.status(404));
    CapturedOutput.Run run = lockRd();
    assertThat(run.exitCode()).isEqualTo(5);
    assertThat(failureLine(run)).contains("404", "UCX Suite 2020.Summer.1 or later");
    assertThat(statuses()).containsExactly(404);
  }

  @Test
  void injected400ExitsFiveWithoutRetrying() {
    server.injectFault(Fault.status(400));
    CapturedOutput.Run run = lockRd("--retries", "3");
    assertThat(run.exitCode()).isEqualTo(5);
    assertThat(failureLine(run)).contains("refused by the server (400)");
    assertThat(statuses()).containsExactly(400);
  }

  @Test
  void persistent503ExitsSixAfterTheRetries() {
    server.injectFault(Fault.status(503, 0));
    CapturedOutput.Run run = lockRd("--retries", "2");
    assertThat(run.exitCode()).isEqualTo(6);
    assertThat(failureLine(run)).contains("server error (503)", "retried 2 times, the most allowed");
    assertThat(statuses()).containsExactly(503, 503, 503);
  }

  @Test
  void a503WithZeroRetriesSaysItWasNotRetried() {
    server.injectFault(Fault.status(503, 0));
    CapturedOutput.Run run = lockRd("--retries", "0");
    assertThat(run.exitCode()).isEqualTo(6);
    assertThat(failureLine(run)).contains("server error (503)", "not retried: retries are set to 0")
        .doesNotContain("retried 0");
    assertThat(statuses()).containsExactly(503);
  }

  @Test
  void aRetryAfterAboveTheLimitSaysWhyItWasNotRetried() {
    server.injectFault(Fault.status(429, 300));
    CapturedOutput.Run run = lockRd("--retries", "3");
    assertThat(run.exitCode()).isEqualTo(6);
    assertThat(failureLine(run)).contains("server error (429)", "not retried: the server asked to"
        + " wait 300 s (Retry-After), more than the 120 s limit");
    assertThat(statuses()).containsExactly(429);
  }

  @Test
  void transient503IsRetriedAndExitsZero() {
    server.injectFault(Fault.status(503, 0), 1);
    CapturedOutput.Run run = lockRd("--retries", "1");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(statuses()).containsExactly(503, 200);
  }

  @Test
  void persistent429ExitsSix() {
    server.injectFault(Fault.status(429, 0));
    CapturedOutput.Run run = lockRd("--retries", "1");
    assertThat(run.exitCode()).isEqualTo(6);
    assertThat(statuses()).containsExactly(429, 429);
  }

  @Test
  void droppedConnectionsExitSixAfterTheRetries() {
    server.injectFault(Fault.drop());
    CapturedOutput.Run run = lockRd("--retries", "1");
    assertThat(run.exitCode()).isEqualTo(6);
    assertThat(failureLine(run)).contains("no answer from the server", "after 2 tries");
    // The JDK's HttpURLConnection (Jersey's connector) silently sends a PUT once more on a new
    // connection when the server closes without answering, so each try may reach it twice.
    assertThat(statuses()).hasSizeBetween(2, 4).containsOnly(0);
  }

  @Test
  void closedPortExitsSix() throws Exception {
    // A bound socket that neither listens nor connects: connecting to its port is refused, and
    // no other process can take the port while the test runs (a closed ServerSocket's could).
    try (java.net.Socket holder = new java.net.Socket()) {
      holder.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0));
      int port = holder.getLocalPort();
      CapturedOutput.Run run = lock("http://127.0.0.1:" + port, "admin", "--all", "--retries", "0");
      assertThat(run.exitCode()).isEqualTo(6);
      assertThat(failureLine(run)).contains("lock on http://127.0.0.1:" + port,
          "no answer from the server", "check --server");
    }
  }

  @Test
  void readTimeoutExitsSix() {
    server.injectFault(Fault.delay(Duration.ofSeconds(4)), 1);
    CapturedOutput.Run run = lockRd("--timeout", "1", "--retries", "0");
    assertThat(run.exitCode()).isEqualTo(6);
    assertThat(failureLine(run)).contains("no answer from the server").containsIgnoringCase("timed out");
  }
}
