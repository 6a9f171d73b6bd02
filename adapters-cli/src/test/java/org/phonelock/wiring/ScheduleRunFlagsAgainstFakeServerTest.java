package org.phonelock.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonelock.adapters.cli.CliContext;
import org.phonelock.adapters.cli.CliRunner;
import org.phonelock.adapters.cli.schedule.ScheduleFiles;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.Fault;
import org.phonelock.adapters.fakeserver.LineState;
import org.phonelock.adapters.fakeserver.UserDirectory;

/**
 * The flags {@code schedule run} shares with {@code lock} and {@code unlock} ({@code --dry-run},
 * {@code --output}, {@code -v}, {@code --server}, {@code --user}), through the real wiring against
 * the fake server over HTTP.
 */
class ScheduleRunFlagsAgainstFakeServerTest {
  private static final String PASSWORD = "admin-demo-pw";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path directory;
  private FakePhoneLockServer server;
  private final Map<String, String> environment = new HashMap<>();

  @BeforeEach
  void start() throws Exception {
    server = FakePhoneLockServer.builder().directory(UserDirectory.sample()).start();
    environment.put("PHONELOCK_PASSWORD", PASSWORD);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Every evening, so that the latest past firing exists whatever day the test runs. */
  private Path schedule(String serverUrl, String user) {
    return ScheduleFiles.write(directory, "night.yaml", String.join("\n",
        "timezone: Europe/Rome",
        "server: " + serverUrl,
        "user: " + user,
        "jobs:",
        "  - name: rd-night",
        "    action: lock",
        "    cron: \"0 19 * * *\"",
        "    filters: { department: \"R&D\" }",
        ""));
  }

  private record Run(int exit, String out, String err) {}

  private Run phonelock(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context = new CliContext(environment, new ByteArrayInputStream(new byte[0]),
        new PrintWriter(out, true), new PrintWriter(err, true), prompt -> Optional.empty());
    int exit = CliRunner.run(DaggerPhonelockComponent.factory().create(context).commandFactory(),
        context, args);
    Run run = new Run(exit, out.toString(), err.toString());
    assertThat(run.out() + run.err()).doesNotContain(PASSWORD);
    return run;
  }

  private List<LineState> rdLines() {
    return server.lines().stream().filter(l -> "R&D".equals(l.department())).toList();
  }

  private List<String> filesInDirectory() throws Exception {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void dryRunPrintsTheDueRequestAndSendsAndWritesNothing() throws Exception {
    environment.clear(); // a dry run needs no password, as for lock --dry-run
    Path file = schedule(server.baseUri().toString(), "admin");
    Run run = phonelock("schedule", "run", file.toString(), "--dry-run");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("(?m)^# job rd-night, firing \\d{4}-\\d\\d-\\d\\dT19:00"
        + "\\+0[12]:00$").contains("PUT " + server.baseUri()
        + "/fw/Apps/StoneLock/WebAPI/Phones/Lock?department=R%26D");
    assertThat(server.journal()).isEmpty();
    assertThat(filesInDirectory()).containsExactly("night.yaml");
  }

  @Test
  void serverAndUserFlagsWinOverTheScheduleFile() {
    Path file = schedule("https://ias.invalid", "nobody");
    Run run = phonelock("schedule", "run", file.toString(), "--once", "--server",
        server.baseUri().toString(), "--user", "admin");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(rdLines()).isNotEmpty().allMatch(LineState::locked);
    assertThat(run.out()).contains("Lock applied on " + server.baseUri());
  }

  @Test
  void verboseLogsEachRequestAndAnswerOnStandardError() {
    Path file = schedule(server.baseUri().toString(), "admin");
    Run run = phonelock("schedule", "run", file.toString(), "--once", "-v");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).contains("phonelock: > PUT " + server.baseUri()
        + "/fw/Apps/StoneLock/WebAPI/Phones/Lock?department=R%26D");
    assertThat(run.err()).doesNotContain("Basic YWRt");
  }

  @Test
  void jsonOutputIsOneObjectPerAttemptAsLockPrintsIt() throws Exception {
    Path file = schedule(server.baseUri().toString(), "admin");
    server.injectFault(Fault.status(503), 1);
    Run failed = phonelock("schedule", "run", file.toString(), "--once", "--retries", "0",
        "--output", "json");
    assertThat(failed.exit()).isEqualTo(6);
    JsonNode attempt = JSON.readTree(failed.out().lines().reduce((a, b) -> {
      throw new AssertionError("one object per attempt: " + failed.out());
    }).orElseThrow());
    assertThat(attempt.get("job").asText()).isEqualTo("rd-night");
    assertThat(attempt.get("attempt").asInt()).isEqualTo(1);
    assertThat(attempt.get("action").asText()).isEqualTo("lock");
    assertThat(attempt.get("status").asInt()).isEqualTo(503);
    assertThat(attempt.get("outcome").asText()).isEqualTo("failed");
    assertThat(attempt.get("exitCode").asInt()).isEqualTo(6);
    assertThat(attempt.get("filters").toString()).isEqualTo("{\"department\":\"R&D\"}");
    assertThat(attempt.get("firing").asText()).matches("\\d{4}-\\d\\d-\\d\\dT19:00\\+0[12]:00");

    Run applied = phonelock("schedule", "run", file.toString(), "--once", "--output", "json");
    assertThat(applied.exit()).as(applied.err()).isZero();
    JsonNode success = JSON.readTree(applied.out().strip());
    assertThat(success.get("outcome").asText()).isEqualTo("applied");
    assertThat(success.get("changedLines").asInt()).isEqualTo(rdLines().size());
    // The same object lock --output json prints, plus the job, firing and attempt.
    Run lock = phonelock("lock", "--server", server.baseUri().toString(), "--user", "admin",
        "--department", "R&D", "--output", "json");
    List<String> lockFields = fieldNames(JSON.readTree(lock.out().strip()));
    assertThat(fieldNames(success)).containsAll(lockFields)
        .containsAll(List.of("job", "firing", "attempt"));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
