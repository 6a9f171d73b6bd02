package org.phonelock.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.LineState;
import org.phonelock.adapters.fakeserver.UserDirectory;
import org.phonelock.adapters.http.PhoneLockClient;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.domain.Credentials;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;

/**
 * The embedding example of the README ("Embedding"), line for line but for the server address
 * and the password, run against the fake server so that the README cannot drift from the API.
 */
class EmbeddingExampleTest {
  @Test
  void readmeExampleLocksTheDepartment() throws Exception {
    List<String> printed = new ArrayList<>();
    try (FakePhoneLockServer server = FakePhoneLockServer.builder()
        .directory(UserDirectory.sample()).bindAddress("127.0.0.1").port(0).start()) {
      URI serverUrl = server.baseUri();
      String password = "admin-demo-pw";
      // --- README "Embedding" from here, with phonelock-svc replaced by the sample admin ---
      try (PhoneLockClient client = PhoneLockClient
          .builder(serverUrl, new Credentials("admin", password))
          .readTimeout(Duration.ofSeconds(30))
          .retries(2)
          .build()) {
        PhoneLockResult result = client.lockPhones().lock(PhoneLockCommand.matching(
            Filter.builder().put(FilterField.DEPARTMENT, "R&D").build()));
        if (result instanceof PhoneLockResult.Applied applied) {
          applied.counts().ifPresent(c -> printed.add(c.changedLines() + " lines locked"));
        } else {
          printed.add("not applied: HTTP " + result.status());
        }
      }
      // --- to here ---
      long rdLocked = server.lines().stream()
          .filter(line -> "R&D".equalsIgnoreCase(line.department()))
          .filter(LineState::locked).count();
      assertThat(rdLocked).isPositive();
      assertThat(printed).containsExactly(rdLocked + " lines locked");
    }
  }
}
