package org.phonelock.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.JournalEntry;
import org.phonelock.adapters.fakeserver.LineState;
import org.phonelock.application.ChangeCounts;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.application.service.BulkOutcome;
import org.phonelock.application.service.BulkPhoneLock;
import org.phonelock.domain.Credentials;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.PhoneLockAction;

/** A bulk run through the real client against the fake server (api-contract.md, "Responses"). */
class BulkPhoneLockFakeServerTest {
  private static final List<String> DEPARTMENTS =
      List.of("IT", "R&D", "Sales & Marketing", "Nobody Here");

  @Test
  void eachDepartmentIsLockedOnceAndItsCountsComeBackInOrder() throws Exception {
    try (FakePhoneLockServer server = FakePhoneLockServer.builder().start();
        PhoneLockClient client = PhoneLockClient.builder(
            server.baseUri(), new Credentials("admin", "admin-demo-pw")).build()) {
      List<PhoneLockCommand> commands = DEPARTMENTS.stream()
          .map(d -> PhoneLockCommand.matching(
              Filter.builder().put(FilterField.DEPARTMENT, d).build()))
          .toList();

      List<BulkOutcome> outcomes = new BulkPhoneLock(client.port(), 4).apply(PhoneLockAction.LOCK,
          commands);

      List<LineState> lines = server.lines();
      for (int i = 0; i < DEPARTMENTS.size(); i++) {
        String department = DEPARTMENTS.get(i);
        long expected = lines.stream()
            .filter(line -> department.equalsIgnoreCase(line.department())).count();
        assertThat(outcomes.get(i)).isInstanceOfSatisfying(BulkOutcome.Answered.class, a ->
            assertThat(((PhoneLockResult.Applied) a.result()).counts())
                .map(ChangeCounts::matchedLines).isEqualTo(Optional.of((int) expected)));
      }
      assertThat(lines).filteredOn(LineState::locked).extracting(LineState::department)
          .containsOnly("IT", "R&D", "Sales & Marketing");
      assertThat(server.journal()).extracting(JournalEntry::status).hasSize(4).containsOnly(200);
    }
  }
}
