package org.phonelock.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonelock.adapters.cli.schedule.ScheduleCli;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.Fault;
import org.phonelock.adapters.fakeserver.LineState;

/**
 * The schedule file's {@code notify:} section (README, "Alerts: the {@code notify:} section"):
 * webhook and ping against a local receiver that records what arrives, and receivers that are
 * dead or never answer, which change nothing in the action's outcome or exit code.
 */
class NotificationsAgainstFakeServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "B000SECRET0f1e2d";

  record Received(String method, String path, String body) {}

  @TempDir Path directory;
  private FakeServerSchedules setUp;
  private FakePhoneLockServer server;
  private HttpServer receiver;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final List<AutoCloseable> cleanUp = new ArrayList<>();
  private ScheduleCli cli;

  @BeforeEach
  void start() throws Exception {
    setUp = new FakeServerSchedules(directory, FakeServerSchedules.FIVE_PAST,
        Instant.parse("2026-06-10T17:30:00Z"));
    server = setUp.server();
    cli = setUp.cli;
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/", exchange -> {
      received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    receiver.start();
  }

  @AfterEach
  void stop() throws Exception {
    receiver.stop(0);
    setUp.close();
    for (AutoCloseable c : cleanUp) {
      c.close();
    }
  }

  private String base(int port) {
    return "http://127.0.0.1:" + port;
  }

  private Path schedule(String webhook, String ping, int after) {
    return setUp.nightlyRdLock("night.yaml", "server: " + server.baseUri(), "user: admin",
        "notify:", "  webhook: " + webhook, "  ping: " + ping, "  after-failed-attempts: " + after);
  }

  private int once(Path file) {
    int exit = cli.run("schedule", "run", file.toString(), "--once", "--retries", "0");
    assertThat(cli.out + cli.err).doesNotContain(TOKEN);
    return exit;
  }

  private List<JsonNode> deliveries() throws Exception {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(directory.resolve("night.audit.jsonl"))) {
      assertThat(line).doesNotContain(TOKEN);
      JsonNode node = JSON.readTree(line);
      if ("notification".equals(node.get("event").asText())) {
        lines.add(node);
      }
    }
    return lines;
  }

  private boolean rdLocked() {
    return server.lines().stream().filter(l -> "R&D".equals(l.department()))
        .allMatch(LineState::locked);
  }

  @Test
  void failureAfterTheThresholdThenRecoveryAndPingsArriveAsDocumented() throws Exception {
    int port = receiver.getAddress().getPort();
    Path file = schedule(base(port) + "/T000/" + TOKEN, base(port) + "/ping/" + TOKEN, 2);
    server.injectFault(Fault.status(503), 2);

    assertThat(once(file)).isEqualTo(6);
    assertThat(received).isEmpty(); // one failed attempt: below after-failed-attempts: 2

    assertThat(once(file)).isEqualTo(6);
    assertThat(received).extracting(Received::method, Received::path).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("POST", "/T000/" + TOKEN),
        org.assertj.core.groups.Tuple.tuple("GET", "/ping/" + TOKEN + "/fail"));
    JsonNode failure = JSON.readTree(received.stream().filter(r -> r.method().equals("POST"))
        .findFirst().orElseThrow().body());
    assertThat(failure.get("event").asText()).isEqualTo("failure");
    assertThat(failure.get("job").asText()).isEqualTo("rd-night");
    assertThat(failure.get("action").asText()).isEqualTo("lock");
    assertThat(failure.get("server").asText()).isEqualTo(server.baseUri().toString());
    assertThat(failure.get("filters").toString()).isEqualTo("{\"department\":\"R&D\"}");
    assertThat(failure.get("firing").asText()).isEqualTo("2026-06-10T19:00+02:00");
    assertThat(failure.get("attempts").asInt()).isEqualTo(2);
    assertThat(failure.get("outcome").asText()).isEqualTo("server-error");
    assertThat(failure.get("message").asText()).startsWith("503");

    received.clear();
    assertThat(once(file)).isZero();
    assertThat(received).extracting(Received::method, Received::path).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("POST", "/T000/" + TOKEN),
        org.assertj.core.groups.Tuple.tuple("GET", "/ping/" + TOKEN));
    JsonNode recovery = JSON.readTree(received.stream().filter(r -> r.method().equals("POST"))
        .findFirst().orElseThrow().body());
    assertThat(recovery.get("event").asText()).isEqualTo("recovery");
    assertThat(recovery.get("attempts").asInt()).isEqualTo(3);
    assertThat(recovery.get("outcome").asText()).isEqualTo("applied");

    List<JsonNode> deliveries = deliveries();
    assertThat(deliveries).hasSize(4).allSatisfy(d -> {
      assertThat(d.get("outcome").asText()).isEqualTo("delivered");
      assertThat(d.get("target").asText()).isEqualTo(base(port) + "/…");
    });
  }

  @Test
  void aStoppedReceiverChangesNothingInTheOutcome() throws Exception {
    int port = receiver.getAddress().getPort();
    receiver.stop(0);
    Path file = schedule(base(port) + "/T000/" + TOKEN, base(port) + "/ping/" + TOKEN, 1);
    server.injectFault(Fault.status(503), 1);
    assertThat(once(file)).isEqualTo(6);
    assertThat(once(file)).isZero();
    assertThat(rdLocked()).isTrue();
    assertThat(deliveries()).isNotEmpty().allSatisfy(d ->
        assertThat(d.get("outcome").asText()).isEqualTo("failed"));
  }

  @Test
  void aReceiverThatNeverAnswersNeitherBlocksTheLoopNorChangesTheOutcome() throws Exception {
    ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    cleanUp.add(silent);
    List<Socket> held = new CopyOnWriteArrayList<>();
    Thread acceptor = new Thread(() -> {
      try {
        while (!silent.isClosed()) {
          held.add(silent.accept()); // accepted, never read, never answered
        }
      } catch (java.io.IOException e) {
        // closed
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
    cleanUp.add(() -> {
      for (Socket s : held) {
        s.close();
      }
    });
    Path file = schedule(base(silent.getLocalPort()) + "/T000/" + TOKEN,
        base(silent.getLocalPort()) + "/ping/" + TOKEN, 1);
    server.injectFault(Fault.status(503), 2);

    // The loop on the simulated clock: 19:05 catch-up fails, retries after 30 s and 1 min.
    assertThat(cli.run("schedule", "run", file.toString(), "--retries", "0")).as(cli.err)
        .isZero();
    assertThat(cli.out + cli.err).doesNotContain(TOKEN);
    assertThat(rdLocked()).isTrue();
    assertThat(cli.err).contains("attempt 1; retrying with backoff",
        "attempt 2; retrying with backoff");
    assertThat(cli.out).contains("attempt 3)");
    // The receiver never answers, so a delivery can only end by its timeout or at exit. Had
    // the loop waited for one, its record would stand before a later attempt's in the log.
    List<String> events = new ArrayList<>();
    for (String line : Files.readAllLines(directory.resolve("night.audit.jsonl"))) {
      events.add(JSON.readTree(line).get("event").asText());
    }
    assertThat(events).contains("attempt");
    int lastAttempt = events.lastIndexOf("attempt");
    assertThat(events.subList(0, lastAttempt)).doesNotContain("notification");
  }
}
