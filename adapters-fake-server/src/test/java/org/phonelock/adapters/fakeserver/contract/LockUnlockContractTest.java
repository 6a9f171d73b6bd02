package org.phonelock.adapters.fakeserver.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phonelock.adapters.fakeserver.contract.ContractClient.Summary;

/**
 * Contract: lock and unlock answer 200 and are idempotent (vendor page, "EndPoints";
 * api-contract.md, "Which lines an action touches", "Responses").
 */
class LockUnlockContractTest extends ContractSuite {
  @Test
  void lockAndUnlockAnswer200AndRepeatingOneChangesNothing() {
    List<Optional<Summary>> replies = List.of(
        http.summary(http.put("Lock", filter(), settings.admin())),
        http.summary(http.put("Lock", filter(), settings.admin())),
        http.summary(http.put("Unlock", filter(), settings.admin())),
        http.summary(http.put("Unlock", filter(), settings.admin())));
    if (replies.get(0).isEmpty()) {
      // A real server that sends no body (the fake always sends one, ContractClient.summary
      // checks that): the four 200s are all there is to see.
      return;
    }
    Summary lock = replies.get(0).get();
    Summary lockAgain = replies.get(1).orElseThrow();
    Summary unlock = replies.get(2).orElseThrow();
    Summary unlockAgain = replies.get(3).orElseThrow();
    assertThat(lock.action()).isEqualTo("Lock");
    assertThat(unlock.action()).isEqualTo("Unlock");
    // The filter matches test users in two departments, each with a line.
    assertThat(lock.matchedUsers()).isGreaterThanOrEqualTo(2);
    assertThat(lock.matchedLines()).isGreaterThanOrEqualTo(lock.matchedUsers());
    assertThat(List.of(lockAgain, unlock, unlockAgain)).allSatisfy(s -> {
      assertThat(s.matchedUsers()).isEqualTo(lock.matchedUsers());
      assertThat(s.matchedLines()).isEqualTo(lock.matchedLines());
    });
    assertThat(lockAgain.changedLines()).isZero();
    assertThat(unlock.changedLines()).isEqualTo(lock.matchedLines());
    assertThat(unlockAgain.changedLines()).isZero();
  }
}
