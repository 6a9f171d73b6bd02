package org.phonelock.adapters.fakeserver.junit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.Fault;
import org.phonelock.adapters.fakeserver.JournalEntry;
import org.phonelock.adapters.fakeserver.LineState;
import org.phonelock.adapters.fakeserver.UserDirectory;
import org.phonelock.domain.Permission;

/** The example of README.md ("Testing your code against the fake server"), kept compiling and passing. */
class ReadmeExampleTest {
  @RegisterExtension
  static FakePhoneLockServerExtension fake = FakePhoneLockServerExtension.withDirectory(
      UserDirectory.builder()
          .user("svc-lock", u -> u.password("pw").permission(Permission.COMPLETE_MANAGEMENT))
          .user("ann", u -> u.department("Sales").lines("3001", "3002@PT_Desk"))
          .build());

  @Test
  void locksSalesAndRetriesA503(FakePhoneLockServer server) throws Exception {
    server.injectFault(Fault.status(503, 1), 1); // the first call fails once
    new LockJob(server.baseUri(), "svc-lock", "pw").lockDepartment("Sales"); // code under test
    assertThat(server.lines()).allMatch(LineState::locked);
    assertThat(server.journal()).extracting(JournalEntry::status).containsExactly(503, 200);
  }

  /** Stands for the user's code under test: locks a department, retrying once on 503. */
  private record LockJob(URI server, String user, String password) {
    void lockDepartment(String department) throws Exception {
      String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(UTF_8));
      HttpRequest request = HttpRequest.newBuilder(URI.create(server
              + "/fw/Apps/StoneLock/WebAPI/Phones/Lock?department=" + department))
          .PUT(HttpRequest.BodyPublishers.noBody()).header("Authorization", "Basic " + basic)
          .timeout(Duration.ofSeconds(30)).build();
      HttpClient client = HttpClient.newHttpClient();
      for (int attempt = 1; attempt <= 2; attempt++) {
        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      }
      throw new IllegalStateException("lock failed twice");
    }
  }
}
