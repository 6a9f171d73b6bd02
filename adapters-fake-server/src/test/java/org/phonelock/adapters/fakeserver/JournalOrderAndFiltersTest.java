package org.phonelock.adapters.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The journal is what test authors assert on: entries in arrival order, each timed at arrival,
 * and every request's filters (or why its query could not be read) whatever answered it: a
 * fault, 401, 403 or the endpoint.
 */
class JournalOrderAndFiltersTest extends SampleServerTest {
  private static final String QUERY = "?department=IT";
  private static final Map<String, String> IT = Map.of("department", "IT");

  private JournalEntry onlyEntry() {
    assertThat(server.journal()).hasSize(1);
    return server.journal().get(0);
  }

  private static void assertFiltersRead(JournalEntry entry) {
    assertThat(entry.filters()).isEqualTo(IT);
    assertThat(entry.filterError()).isNull();
  }

  @Test
  void aDelayedRequestKeepsItsFilters() {
    server.injectFault(Fault.delay(Duration.ofMillis(1)), 1);
    assertThat(api.adminLock(QUERY).statusCode()).isEqualTo(200);
    assertFiltersRead(onlyEntry());
    assertThat(onlyEntry().fault()).isEqualTo(Fault.delay(Duration.ofMillis(1)));
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 500, 503})
  void aStatusFaultKeepsTheFilters(int status) {
    server.injectFault(Fault.status(status), 1);
    assertThat(api.adminLock(QUERY).statusCode()).isEqualTo(status);
    assertFiltersRead(onlyEntry());
    assertThat(onlyEntry().appliedOrder()).isZero();
  }

  @Test
  void aDroppedRequestKeepsItsFilters() {
    server.injectFault(Fault.drop(), 1);
    catchThrowable(() -> api.adminLock(QUERY));
    assertFiltersRead(onlyEntry());
    assertThat(onlyEntry().status()).isZero();
  }

  @Test
  void aResetRequestKeepsItsFilters() throws Exception {
    server.injectFault(Fault.reset(), 1);
    try (KeptAliveConnection connection = new KeptAliveConnection(server.baseUri())) {
      connection.sendAdminPut(Api.LOCK + QUERY);
      catchThrowable(connection::read);
    }
    assertFiltersRead(onlyEntry());
    assertThat(onlyEntry().fault()).isEqualTo(Fault.reset());
  }

  @Test
  void aTruncatedAnswerKeepsItsFilters() {
    server.injectFault(Fault.truncate(), 1);
    catchThrowable(() -> api.adminLock(QUERY));
    assertFiltersRead(onlyEntry());
    assertThat(onlyEntry().appliedOrder()).isEqualTo(1);
  }

  @Test
  void refusedCallersKeepTheirFilters() {
    assertThat(api.lock(QUERY, "admin", "wrong-pw").statusCode()).isEqualTo(401);
    assertThat(api.send("PUT", "/fw/Apps/StoneLock/WebAPI/Phones/Nothing" + QUERY, null)
        .statusCode()).isEqualTo(404);
    assertThat(server.journal()).hasSize(2).allSatisfy(entry -> assertFiltersRead(entry));
  }

  @Test
  void aQueryThatCannotBeReadSaysWhyEvenUnderAFault() {
    server.injectFault(Fault.status(503), 1);
    api.adminLock("?department=IT&bogus=1");
    api.adminLock("?department=%E9");
    List<JournalEntry> journal = server.journal();
    assertThat(journal).extracting(JournalEntry::status).containsExactly(503, 400);
    assertThat(journal.get(0).filters()).isEmpty();
    assertThat(journal.get(0).filterError()).contains("bogus");
    assertThat(journal.get(1).filterError()).contains("department", "UTF-8");
  }

  @Test
  void theJsonJournalHasTheSequenceTheFiltersAndTheFilterError() {
    server.injectFault(Fault.drop(), 1);
    catchThrowable(() -> api.adminLock(QUERY));
    api.adminLock("?bogus=1");
    JsonNode journal = Api.json(api.send("GET", "/__fake/journal", null));
    assertThat(journal.get(0).get("sequence").asLong())
        .isLessThan(journal.get(1).get("sequence").asLong());
    assertThat(journal.get(0).get("filters").get("department").asText()).isEqualTo("IT");
    assertThat(journal.get(0).get("filterError").isNull()).isTrue();
    assertThat(journal.get(1).get("filterError").asText()).contains("bogus");
  }

  @Test
  void aDelayedRequestThatArrivedFirstIsListedFirstWithTheEarlierTime() throws Exception {
    server.injectFault(Fault.delay(Duration.ofSeconds(2)), 1);
    CompletableFuture<HttpResponse<String>> delayed =
        CompletableFuture.supplyAsync(() -> api.adminLock("?department=Legal"));
    // It has arrived once it took the fault; no clock involved.
    while (!server.faults().isEmpty()) {
      Thread.onSpinWait();
    }
    assertThat(api.adminLock(QUERY).statusCode()).isEqualTo(200);
    assertThat(delayed.get().statusCode()).isEqualTo(200);

    List<JournalEntry> journal = server.journal();
    assertThat(journal).extracting(entry -> entry.filters().get("department"))
        .containsExactly("Legal", "IT");
    assertThat(journal.get(0).sequence()).isLessThan(journal.get(1).sequence());
    assertThat(journal.get(0).time()).isBeforeOrEqualTo(journal.get(1).time());
    assertThat(journal).extracting(JournalEntry::appliedOrder).containsExactlyInAnyOrder(1L, 2L);
  }
}
