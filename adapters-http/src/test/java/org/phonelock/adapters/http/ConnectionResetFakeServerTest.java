package org.phonelock.adapters.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.Fault;
import org.phonelock.adapters.fakeserver.JournalEntry;
import org.phonelock.adapters.fakeserver.LineState;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.out.PhoneLockServerUnavailableException;
import org.phonelock.domain.Credentials;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.PhoneLockAction;

/**
 * The real client against the fake server resetting connections (TCP RST): api-contract.md,
 * "Responses" (a real server may drop the connection; the retry policy is the client's).
 */
class ConnectionResetFakeServerTest {
  private static final String PASSWORD = "admin-demo-pw";
  private static final Filter LEGAL = Filter.builder().put(FilterField.DEPARTMENT, "Legal").build();

  private FakePhoneLockServer server;
  private final List<Duration> waits = new ArrayList<>();
  private final List<String> log = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = FakePhoneLockServer.builder().start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private PhoneLockResult lockLegal() {
    try (PhoneLockClient client =
        PhoneLockClient.builder(server.baseUri(), new Credentials("admin", PASSWORD))
            .sleeper(waits::add)
            .random(() -> 0.5)
            .requestLog(log::add)
            .build()) {
      return client.port().apply(PhoneLockAction.LOCK, LEGAL);
    }
  }

  private List<LineState> legalLines() {
    return server.lines().stream().filter(line -> "Legal".equals(line.department())).toList();
  }

  @Test
  void oneResetIsRetriedAndTheLockApplied() {
    server.injectFault(Fault.reset(), 1);
    assertThat(lockLegal()).isInstanceOf(PhoneLockResult.Applied.class);
    assertThat(server.journal()).extracting(JournalEntry::status).containsExactly(0, 200);
    assertThat(server.journal().get(0).fault()).isEqualTo(Fault.reset());
    assertThat(legalLines()).isNotEmpty().allMatch(LineState::locked);
  }

  @Test
  void twoResetsInARowAreRetriedAndTheLockApplied() {
    server.injectFault(Fault.reset(), 2);
    assertThat(lockLegal()).isInstanceOf(PhoneLockResult.Applied.class);
    assertThat(server.journal()).extracting(JournalEntry::status).containsExactly(0, 0, 200);
    assertThat(legalLines()).isNotEmpty().allMatch(LineState::locked);
  }

  @Test
  void resetsUntilClearedEndInServerUnavailableWithoutTheSecret() {
    server.injectFault(Fault.reset());
    Throwable thrown = catchThrowable(this::lockLegal);
    assertThat(thrown).isInstanceOf(PhoneLockServerUnavailableException.class)
        .hasMessageContaining("PUT " + server.baseUri() + "/fw/Apps/StoneLock/WebAPI/Phones/Lock")
        .hasMessageContaining("after 3 tries")
        .hasMessageContaining("SocketException: Connection reset")
        .hasCauseInstanceOf(SocketException.class);
    assertThat(waits).hasSize(2);
    String basic = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(UTF_8));
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString()).doesNotContain(PASSWORD).doesNotContain(basic);
    assertThat(String.join("\n", log)).contains("Connection reset")
        .doesNotContain(PASSWORD).doesNotContain(basic);
    assertThat(server.journal()).isNotEmpty().extracting(JournalEntry::status).containsOnly(0);
    assertThat(legalLines()).isNotEmpty().noneMatch(LineState::locked);

    server.clearFaults();
    assertThat(lockLegal()).isInstanceOf(PhoneLockResult.Applied.class);
  }
}
