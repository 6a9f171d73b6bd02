package org.phonelock.adapters.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.phonelock.adapters.fakeserver.RequestCount.atLeast;
import static org.phonelock.adapters.fakeserver.RequestCount.atMost;
import static org.phonelock.adapters.fakeserver.RequestCount.exactly;
import static org.phonelock.adapters.fakeserver.RequestCount.never;
import static org.phonelock.adapters.fakeserver.RequestPattern.anyRequest;
import static org.phonelock.adapters.fakeserver.RequestPattern.lockRequests;
import static org.phonelock.adapters.fakeserver.RequestPattern.unlockRequests;

import org.junit.jupiter.api.Test;
import org.phonelock.domain.InvalidFilterException;

/** {@link FakePhoneLockServer#verify}: each count kind, each pattern part, and the message. */
class VerifyTest extends SampleServerTest {
  private static final String ADMIN = "admin";
  private static final String ADMIN_PW = "admin-demo-pw";

  private void passes(RequestCount count, RequestPattern pattern) {
    assertThatCode(() -> server.verify(count, pattern)).as(count + " " + pattern)
        .doesNotThrowAnyException();
  }

  private void fails(RequestCount count, RequestPattern pattern) {
    assertThatThrownBy(() -> server.verify(count, pattern)).as(count + " " + pattern)
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void exactlyAcceptsThatNumberOnly() {
    api.adminLock("?department=R%26D");
    passes(exactly(1), lockRequests());
    fails(exactly(0), lockRequests());
    fails(exactly(2), lockRequests());
  }

  @Test
  void atLeastAcceptsThatNumberOrMore() {
    api.adminLock("?department=IT");
    api.adminLock("?department=IT");
    passes(atLeast(1), lockRequests());
    passes(atLeast(2), lockRequests());
    fails(atLeast(3), lockRequests());
    server.verify(lockRequests()); // without a count: at least one
    assertThatThrownBy(() -> server.verify(unlockRequests())).isInstanceOf(AssertionError.class);
  }

  @Test
  void atMostAcceptsThatNumberOrFewer() {
    api.adminLock("?department=IT");
    api.adminLock("?department=IT");
    passes(atMost(2), lockRequests());
    passes(atMost(5), lockRequests());
    fails(atMost(1), lockRequests());
  }

  @Test
  void neverAcceptsNoMatchOnly() {
    passes(never(), anyRequest());
    api.adminLock("?department=IT");
    passes(never(), lockRequests().withNoFilter());
    api.adminLock("");
    fails(never(), lockRequests().withNoFilter());
  }

  @Test
  void theActionIsAPutToItsEndpointInAnyCase() {
    api.send("PUT", "/fw/apps/stonelock/webapi/phones/LOCK", Api.basic(ADMIN, ADMIN_PW));
    api.send("GET", Api.LOCK, Api.basic(ADMIN, ADMIN_PW)); // 405: not a lock request
    api.unlock("?department=IT", ADMIN, ADMIN_PW);
    api.send("PUT", "/fw/Apps/StoneLock/WebAPI/Phones/Toggle", Api.basic(ADMIN, ADMIN_PW));
    passes(exactly(1), lockRequests());
    passes(exactly(1), unlockRequests());
    passes(exactly(4), anyRequest());
  }

  @Test
  void aFilterPartComparesAsTheContractSays() {
    api.adminLock("?department=r%26d&customField1=Example1");
    // Case-insensitive (api-contract.md, "Filters"), and other filters of the entry may differ.
    passes(exactly(1), lockRequests().withFilter("department", "R&D"));
    passes(exactly(1), lockRequests().withFilter("DEPARTMENT", "R&D")
        .withFilter("customfield1", "EXAMPLE1"));
    fails(atLeast(1), lockRequests().withFilter("department", "Sales"));
    fails(atLeast(1), lockRequests().withFilter("customField2", "Floor 2")); // absent
    fails(atLeast(1), lockRequests().withFilter("customField1", "Example1 ")); // no trimming
    fails(atLeast(1), lockRequests().withNoFilter());
    api.adminLock("?department=IT");
    // Lowercase per code point, never through uppercase: the dotless i is not "i".
    fails(atLeast(1), lockRequests().withFilter("department", "\u0131t"));
    passes(exactly(1), lockRequests().withFilter("department", "it"));
  }

  @Test
  void aFilterPartSeesTheQueryOfARequestAnsweredBeforeItsFiltersWereRead() {
    server.injectFault(Fault.status(503), 1);
    api.adminLock("?department=Sales%20%26%20Marketing");
    api.lock("?department=IT", ADMIN, "wrong-password");
    api.adminLock("?department=IT&bogus=1");
    passes(exactly(1), lockRequests().withFilter("department", "sales & marketing")
        .withStatus(503));
    passes(exactly(1), lockRequests().withFilter("department", "IT").withStatus(401));
    passes(never(), lockRequests().withFilter("department", "IT").withStatus(400));
  }

  @Test
  void aPatternRefusesWhatARequestWouldRefuse() {
    assertThatThrownBy(() -> lockRequests().withFilter("bogus", "x"))
        .isInstanceOf(InvalidFilterException.class).hasMessageContaining("bogus");
    assertThatThrownBy(() -> lockRequests().withFilter("department", "\u00a0"))
        .isInstanceOf(InvalidFilterException.class);
    assertThatThrownBy(() -> lockRequests().withFilter("department", "a")
        .withFilter("Department", "b")).isInstanceOf(InvalidFilterException.class);
    assertThatThrownBy(() -> lockRequests().withFilter("department", "a").withNoFilter())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theUserPartIsTheClaimedNameIgnoringCase() {
    api.lock("?department=IT", ADMIN, "wrong-password");
    api.lock("?department=IT", "Lock-Manager", "complete-demo-pw");
    passes(exactly(1), lockRequests().withUser("ADMIN").withStatus(401));
    passes(exactly(1), lockRequests().withUser("lock-manager").withStatus(200));
    fails(atLeast(1), lockRequests().withUser("rd-manager"));
    api.send("PUT", Api.LOCK, null);
    passes(exactly(2), lockRequests().withStatus(401));
    passes(exactly(1), lockRequests().withUser(ADMIN));
  }

  @Test
  void theStatusPartIsTheStatusAnswered() {
    api.lock("?department=IT", "no-rights", "none-demo-pw");
    server.injectFault(Fault.status(503, 1), 1);
    api.adminLock("?department=IT");
    server.injectFault(Fault.drop(), 1);
    assertThatThrownBy(() -> api.adminLock("?department=IT")).isInstanceOf(Exception.class);
    api.adminLock("?bogus=1");
    passes(exactly(1), lockRequests().withStatus(403));
    passes(exactly(1), lockRequests().withStatus(503));
    passes(exactly(1), lockRequests().withStatus(0));
    passes(exactly(1), lockRequests().withStatus(400));
    passes(never(), lockRequests().withStatus(200));
  }

  @Test
  void theMessageShowsTheExpectationAndTheClosestEntriesRankedByMatchingParts() {
    api.unlock("?department=Sales", ADMIN, ADMIN_PW); // action, filter, user differ: 1 of 4
    api.lock("?department=R%26D", "lock-manager", "complete-demo-pw"); // user differs: 3 of 4
    api.lock("?department=IT", ADMIN, ADMIN_PW); // filter, user differ: 2 of 4

    assertThatThrownBy(() -> server.verify(exactly(1), lockRequests()
        .withFilter("department", "R&D").withUser("svc-lock").withStatus(200)))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("expected requests matching PUT Lock department=\"R&D\" user"
            + " \"svc-lock\" status 200: exactly 1, but 0 matched (journal: 3 entries);"
            + " closest entries, most pattern parts matched first:\n  3 of 4 parts: ")
        .hasMessageContaining("PUT \"/fw/Apps/StoneLock/WebAPI/Phones/Lock\" department=\"R&D\""
            + " user \"lock-manager\" -> 200\n      user: expected \"svc-lock\", was"
            + " \"lock-manager\"\n  2 of 4 parts: ")
        .hasMessageContaining("department=\"IT\" user \"admin\" -> 200\n      department: expected"
            + " \"R&D\", was \"IT\"\n      user: expected \"svc-lock\", was \"admin\"\n"
            + "  1 of 4 parts: ")
        .hasMessageContaining("      action: expected PUT Lock, was PUT"
            + " \"/fw/Apps/StoneLock/WebAPI/Phones/Unlock\"")
        .hasMessageEndingWith("user: expected \"svc-lock\", was \"admin\"");
  }

  @Test
  void withTooManyTheMessageListsTheMatchingEntries() {
    api.adminLock("");
    api.adminLock("?department=IT");
    api.adminLock("");
    assertThatThrownBy(() -> server.verify(never(), lockRequests().withNoFilter()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("PUT Lock without filter: never, but 2 matched (journal: 3"
            + " entries); matching entries, newest first:\n  ")
        .hasMessageContaining("(no filter) user \"admin\" -> 200")
        .hasMessageNotContaining("department=\"IT\"");
  }

  @Test
  void journalWithAPatternListsTheMatchingEntries() {
    api.adminLock("?department=IT");
    api.unlock("?department=IT", ADMIN, ADMIN_PW);
    api.adminLock("?department=R%26D");
    assertThat(server.journal(lockRequests())).extracting(e -> e.filters().get("department"))
        .containsExactly("IT", "R&D");
  }
}
