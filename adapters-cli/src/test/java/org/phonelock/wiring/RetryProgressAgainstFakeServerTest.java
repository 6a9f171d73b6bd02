package org.phonelock.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonelock.adapters.cli.schedule.ScheduleCli;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.Fault;
import org.phonelock.adapters.http.SimulatedWaits;

/**
 * A long series of retries says what it is doing: one line per retry on standard error, before
 * the wait, for {@code lock}, {@code unlock} and {@code schedule run}; standard output keeps only
 * the result (one JSON object with {@code --output json}). The fake server drops connections
 * (api-contract.md, "Responses": a real server may drop the connection); waits are recorded, not
 * slept.
 */
class RetryProgressAgainstFakeServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path directory;
  private FakeServerSchedules setUp;
  private FakePhoneLockServer server;
  private final List<Duration> waits = new ArrayList<>();
  private ScheduleCli cli;

  @BeforeEach
  void start() throws Exception {
    setUp = new FakeServerSchedules(directory, Instant.parse("2026-06-10T16:58:00Z"),
        Instant.parse("2026-06-10T17:10:00Z"), b -> SimulatedWaits.recordedIn(b, waits));
    server = setUp.server();
    cli = setUp.cli;
  }

  @AfterEach
  void stop() throws Exception {
    setUp.close();
  }

  private String endpoint(String action) {
    return "PUT " + server.baseUri() + "/fw/Apps/StoneLock/WebAPI/Phones/" + action;
  }

  private List<String> retryLines() {
    return cli.err.lines().filter(line -> line.contains("; retry ")).toList();
  }

  @Test
  void lockInJsonPrintsOneLinePerRetryOnStandardErrorAndOneObjectOnStandardOutput()
      throws Exception {
    server.injectFault(Fault.drop(), 2);
    int exit = cli.run("lock", "--server", server.baseUri().toString(), "--user", "admin",
        "--department", "R&D", "--retries", "10", "--output", "json");
    assertThat(exit).as(cli.err).isZero();
    assertThat(retryLines()).hasSize(2);
    assertThat(retryLines().get(0)).startsWith("phonelock: no answer to " + endpoint("Lock") + " (")
        .endsWith("; retry 1 of 10 in 0.3 s");
    assertThat(retryLines().get(1)).endsWith("; retry 2 of 10 in 0.5 s");
    assertThat(waits).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(cli.out.lines()).hasSize(1);
    JsonNode result = JSON.readTree(cli.out);
    assertThat(result.get("outcome").asText()).isEqualTo("applied");
    assertThat(cli.out).doesNotContain("retry");
  }

  @Test
  void unlockThatNeverGetsAnAnswerSaysEachRetryThenTheFailure() {
    server.injectFault(Fault.drop());
    int exit = cli.run("unlock", "--server", server.baseUri().toString(), "--user", "admin",
        "--all", "--retries", "3");
    assertThat(exit).isEqualTo(6);
    assertThat(retryLines()).hasSize(3).allMatch(line -> line.startsWith(
        "phonelock: no answer to " + endpoint("Unlock")));
    assertThat(retryLines().get(2)).endsWith("; retry 3 of 3 in 1.0 s");
    assertThat(cli.err.lines().toList().get(3)).contains("unlock on " + server.baseUri()
        + " failed: no answer from the server");
    assertThat(cli.out).isEmpty();
  }

  @Test
  void statusAnswersNameTheStatusAndARetryAfter() {
    server.injectFault(Fault.status(503, 7), 1);
    int exit = cli.run("lock", "--server", server.baseUri().toString(), "--user", "admin",
        "--department", "R&D");
    assertThat(exit).as(cli.err).isZero();
    assertThat(retryLines()).containsExactly("phonelock: " + endpoint("Lock")
        + " answered 503; retry 1 of 2 in 7.0 s (Retry-After)");
  }

  @Test
  void zeroRetriesPrintNoRetryLine() {
    server.injectFault(Fault.drop());
    cli.run("lock", "--server", server.baseUri().toString(), "--user", "admin", "--all",
        "--retries", "0");
    assertThat(retryLines()).isEmpty();
    assertThat(waits).isEmpty();
  }

  @Test
  void scheduleRunInJsonPrintsRetryLinesOnStandardErrorOnly() throws Exception {
    Path file = setUp.nightlyRdLock("night.yaml", "server: " + server.baseUri(), "user: admin");
    server.injectFault(Fault.drop(), 1);
    int exit = cli.run("schedule", "run", file.toString(), "--once", "--retries", "1",
        "--output", "json");
    assertThat(exit).as(cli.err).isZero();
    assertThat(retryLines()).singleElement().asString()
        .startsWith("phonelock: no answer to " + endpoint("Lock"))
        .endsWith("; retry 1 of 1 in 0.3 s");
    assertThat(cli.out.lines()).hasSize(1);
    assertThat(JSON.readTree(cli.out).get("job").asText()).isEqualTo("rd-night");
  }
}
