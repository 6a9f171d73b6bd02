package org.phonelock.adapters.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The connection-reset fault (api-contract.md, "Responses": a real server may drop the
 * connection): the client gets a TCP RST, not an end of stream, and nothing changes.
 */
class ResetFaultTest extends SampleServerTest {
  private static final String LOCK = Api.LOCK + "?department=Legal";

  @Test
  void aResetFaultResetsTheConnectionWithoutActingAndIsJournaled() throws Exception {
    server.injectFault(Fault.reset(), 1);
    try (KeptAliveConnection connection = new KeptAliveConnection(server.baseUri())) {
      connection.sendAdminPut(LOCK);
      assertThatThrownBy(connection::read).isInstanceOf(SocketException.class)
          .hasMessage("Connection reset");
    }
    assertThat(server.lines()).noneMatch(LineState::locked);
    JournalEntry entry = server.journal().get(0);
    assertThat(entry.status()).isZero();
    assertThat(entry.fault()).isEqualTo(Fault.reset());
    assertThat(entry.username()).isEqualTo("admin");
    assertThat(server.faults()).isEmpty();
    assertThat(api.adminLock("?department=Legal").statusCode()).isEqualTo(200);
  }

  @Test
  void aDropEndsTheStreamWhereAResetFailsTheRead() throws Exception {
    server.injectFault(Fault.drop(), 1);
    try (KeptAliveConnection connection = new KeptAliveConnection(server.baseUri())) {
      connection.sendAdminPut(LOCK);
      assertThat(connection.read()).isEqualTo(-1);
    }
  }

  @Test
  void onlyTheConnectionThatCarriedTheRequestIsResetAndKeptAliveOnesServeManyRequests()
      throws Exception {
    try (KeptAliveConnection first = new KeptAliveConnection(server.baseUri());
        KeptAliveConnection second = new KeptAliveConnection(server.baseUri())) {
      for (int i = 0; i < 3; i++) {
        first.sendAdminPut(LOCK);
        assertThat(first.readResponse()).startsWith("HTTP/1.1 200");
        second.sendAdminPut(LOCK);
        assertThat(second.readResponse()).startsWith("HTTP/1.1 200");
      }
      server.injectFault(Fault.reset(), 1);
      second.sendAdminPut(LOCK);
      assertThatThrownBy(second::read).hasMessage("Connection reset");
      first.sendAdminPut(LOCK);
      assertThat(first.readResponse()).startsWith("HTTP/1.1 200");
    }
    assertThat(server.journal()).extracting(JournalEntry::status)
        .containsExactly(200, 200, 200, 200, 200, 200, 0, 200);
  }

  @Test
  void aResetForNRequestsSparesTheAdminApiThenEnds() throws Exception {
    server.injectFault(Fault.reset(), 2);
    for (int i = 0; i < 2; i++) {
      assertThat(api.send("GET", "/__fake/lines", null).statusCode()).isEqualTo(200);
      assertThat(server.faults()).containsExactly(
          new ScheduledFault(Fault.reset(), OptionalInt.of(2 - i)));
      assertReset();
    }
    assertThat(api.adminLock("?department=Legal").statusCode()).isEqualTo(200);
    assertThat(server.journal()).extracting(JournalEntry::status).containsExactly(0, 0, 200);
  }

  @Test
  void aResetSetOverHttpWithoutTimesLastsUntilCleared() throws Exception {
    HttpResponse<String> added = api.sendJson("POST", "/__fake/faults", "{\"kind\":\"reset\"}");
    assertThat(added.statusCode()).isEqualTo(200);
    assertThat(Api.json(api.send("GET", "/__fake/faults", null)).toString())
        .isEqualTo("[{\"kind\":\"reset\",\"remaining\":null}]");
    for (int i = 0; i < 3; i++) {
      assertReset();
    }
    assertThat(api.send("DELETE", "/__fake/faults", null).statusCode()).isEqualTo(204);
    assertThat(api.adminLock("?department=Legal").statusCode()).isEqualTo(200);
    assertThat(server.journal()).extracting(JournalEntry::fault)
        .containsExactly(Fault.reset(), Fault.reset(), Fault.reset(), null);
  }

  @Test
  void aResetRequestOverHttpTakesTimesAndNothingElse() {
    HttpResponse<String> added =
        api.sendJson("POST", "/__fake/faults", "{\"kind\":\"reset\",\"times\":4}");
    assertThat(Api.json(added).toString()).contains("{\"kind\":\"reset\",\"remaining\":4}");
    HttpResponse<String> refused =
        api.sendJson("POST", "/__fake/faults", "{\"kind\":\"reset\",\"status\":500}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(Api.json(refused).get("message").asText())
        .contains("'status'", "accepted: kind, times");
    HttpResponse<String> unknown = api.sendJson("POST", "/__fake/faults", "{\"kind\":\"rst\"}");
    assertThat(Api.json(unknown).get("message").asText()).contains("drop, reset, truncate");
  }

  @Test
  void aClientThatHalfClosesStillGetsItsAnswer() throws Exception {
    try (KeptAliveConnection connection = new KeptAliveConnection(server.baseUri())) {
      connection.sendAdminPut(LOCK);
      connection.finishSending();
      assertThat(connection.readResponse()).startsWith("HTTP/1.1 200");
      assertThat(connection.read()).isEqualTo(-1);
    }
    assertThat(server.lines()).filteredOn(line -> "Legal".equals(line.department()))
        .isNotEmpty().allMatch(LineState::locked);
  }

  @Test
  void closingTheServerEndsItsOpenConnections() throws Exception {
    // Only connections opened before close() are used: whether a freed port refuses new ones
    // depends on whoever binds it next, not on the fake server.
    try (KeptAliveConnection first = new KeptAliveConnection(server.baseUri());
        KeptAliveConnection second = new KeptAliveConnection(server.baseUri())) {
      for (KeptAliveConnection connection : List.of(first, second)) {
        connection.sendAdminPut(LOCK);
        assertThat(connection.readResponse()).startsWith("HTTP/1.1 200");
      }
      server.close();
      assertThat(first.read()).isEqualTo(-1);
      assertThat(second.read()).isEqualTo(-1);
    }
  }

  private void assertReset() throws IOException {
    try (KeptAliveConnection connection = new KeptAliveConnection(server.baseUri())) {
      connection.sendAdminPut(LOCK);
      assertThatThrownBy(connection::read).isInstanceOf(SocketException.class)
          .hasMessage("Connection reset");
    }
  }
}
