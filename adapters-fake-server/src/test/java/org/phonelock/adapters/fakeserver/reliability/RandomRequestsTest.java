package org.phonelock.adapters.fakeserver.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.LineState;

/**
 * Reliability under generated requests (README, "The fake server"): whatever arrives, the fake
 * server never answers 5xx, never hangs (it answers or closes the connection), and a request it
 * does not accept (an answer outside 2xx, or none) changes no phone line.
 */
class RandomRequestsTest {
  private static FakePhoneLockServer server;

  @BeforeContainer
  static void start() throws Exception {
    server = FakePhoneLockServer.builder().start();
  }

  @AfterContainer
  static void stop() {
    server.close();
  }

  @Provide
  Arbitrary<RawRequest> requests() {
    return RawRequests.requests();
  }

  @Property(tries = 600)
  void neverA5xxNeverAHangNeverAChangeOnARefusal(@ForAll("requests") RawRequest request)
      throws Exception {
    List<LineState> before = server.lines();
    RawExchange.Outcome outcome = RawExchange.send(server.baseUri(), request);
    server.clearFaults(); // a generated POST /__fake/faults must not decide later answers
    String answer = outcome.status().isPresent()
        ? Integer.toString(outcome.status().getAsInt()) : "closed";
    Statistics.label("answer").collect(answer);
    // The generator must reach every branch of the endpoint, or the property proves little.
    Statistics.label("answer").coverage(coverage -> {
      for (String status : List.of("200", "400", "401", "403", "404", "405")) {
        coverage.check(status).count(count -> count > 0);
      }
    });
    if (outcome.status().isPresent()) {
      assertThat(outcome.status().getAsInt()).as(outcome.head()).isBetween(200, 499);
    }
    boolean accepted = outcome.status().isPresent()
        && outcome.status().getAsInt() >= 200 && outcome.status().getAsInt() < 300;
    if (!accepted) {
      assertThat(server.lines()).as(outcome.head()).isEqualTo(before);
    }
  }
}
