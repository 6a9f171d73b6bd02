package org.phonelock.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.Fault;
import org.phonelock.adapters.fakeserver.JournalEntry;
import org.phonelock.application.port.out.PhoneLockServerUnavailableException;
import org.phonelock.domain.Credentials;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.PhoneLockAction;

/**
 * api-contract.md, "Responses": one attempt is one request. No layer under {@link RetryingSender}
 * (Jersey's connector, HttpURLConnection) may resend on its own, so {@code retries(N)} sends at
 * most N+1 requests, and the request log shows each one. Checked against the fake server's
 * journal over a real socket, with faults that end the connection without an answer.
 */
class OneAttemptOneRequestTest {
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

  static List<Arguments> faultsAndRetries() {
    List<Arguments> cases = new ArrayList<>();
    for (Fault fault : List.of(Fault.drop(), Fault.reset())) {
      for (int retries : new int[] {0, 1, 3}) {
        cases.add(Arguments.of(fault, retries));
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0} on every request, retries {1}")
  @MethodSource("faultsAndRetries")
  void atMostRetriesPlusOneRequestsEachInTheLog(Fault fault, int retries) {
    server.injectFault(fault);
    Throwable thrown = catchThrowable(() -> lockLegal(retries));

    assertThat(thrown).isInstanceOf(PhoneLockServerUnavailableException.class)
        .hasMessageContaining("after " + (retries + 1) + (retries == 0 ? " try" : " tries"));
    assertThat(server.journal()).hasSize(retries + 1)
        .extracting(JournalEntry::fault).containsOnly(fault);
    assertThat(log).filteredOn(line -> line.startsWith("> PUT ")).hasSize(retries + 1);
    assertThat(waits).hasSize(retries);
  }

  static List<Fault> faults() {
    return List.of(Fault.drop(), Fault.reset());
  }

  @ParameterizedTest(name = "{0} once, retries 0")
  @MethodSource("faults")
  void oneFaultWithZeroRetriesIsOneRequestAndNotHiddenByAResend(Fault fault) {
    server.injectFault(fault, 1);
    Throwable thrown = catchThrowable(() -> lockLegal(0));

    assertThat(thrown).isInstanceOf(PhoneLockServerUnavailableException.class);
    assertThat(server.journal()).extracting(JournalEntry::fault).containsExactly(fault);
    assertThat(log).filteredOn(line -> line.startsWith("> PUT ")).hasSize(1);
  }

  private void lockLegal(int retries) {
    try (PhoneLockClient client =
        PhoneLockClient.builder(server.baseUri(), new Credentials("admin", "admin-demo-pw"))
            .retries(retries)
            .sleeper(waits::add)
            .random(() -> 0.5)
            .requestLog(log::add)
            .build()) {
      client.port().apply(PhoneLockAction.LOCK, LEGAL);
    }
  }
}
