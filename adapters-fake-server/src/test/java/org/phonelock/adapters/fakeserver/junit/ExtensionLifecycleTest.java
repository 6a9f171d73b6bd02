package org.phonelock.adapters.fakeserver.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.Fault;
import org.phonelock.adapters.fakeserver.UserDirectory;
import org.phonelock.domain.Permission;

/**
 * {@link FakePhoneLockServerExtension} lifecycles: one server per class or per method, injected
 * everywhere, stopped afterwards. The nested classes are run through the JUnit test kit.
 */
class ExtensionLifecycleTest {
  @Test
  void aStaticExtensionRunsOneServerForTheClassAndStopsItAfterwards() throws Exception {
    Seen.run(PerClass.class).allEvents().assertStatistics(s -> s.failed(0).succeeded(6));
    assertThat(Seen.at("beforeAll")).hasSize(1);
    FakePhoneLockServer server = Seen.at("beforeAll").get(0);
    assertThat(Seen.at("test")).hasSize(3);
    assertThat(Seen.at("field")).hasSize(3);
    assertThat(Seen.at("constructor")).isNotEmpty();
    assertThat(Seen.at("afterAll")).hasSize(1);
    assertThat(Seen.all()).allSatisfy(seen -> assertThat(seen).isSameAs(server));
    assertThat(Http.answers(server)).isFalse();
  }

  @Test
  void anInstanceFieldExtensionRunsAFreshServerPerMethod() throws Exception {
    Seen.run(PerMethodInstanceField.class).testEvents()
        .assertStatistics(s -> s.started(2).succeeded(2));
    assertPerMethodServers();
  }

  @Test
  void perMethodOnAStaticFieldAlsoInjectsIntoTheConstructor() throws Exception {
    Seen.run(PerMethodStatic.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    assertPerMethodServers();
    assertThat(Seen.at("constructor")).isEqualTo(Seen.at("test"));
  }

  @Test
  void theFieldShowsNoServerBeforeOneStarts() {
    assertThatThrownBy(() -> FakePhoneLockServerExtension.withSampleDirectory().server())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no fake Phone Lock server has been started yet");
  }

  private static void assertPerMethodServers() throws InterruptedException {
    assertThat(Seen.at("test")).hasSize(2).doesNotHaveDuplicates();
    assertThat(Seen.at("beforeEach")).isEqualTo(Seen.at("test"));
    assertThat(Seen.at("afterEach")).isEqualTo(Seen.at("test"));
    for (FakePhoneLockServer server : Seen.all()) {
      assertThat(Http.answers(server)).isFalse();
    }
  }

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class PerClass {
    @RegisterExtension
    static final FakePhoneLockServerExtension FAKE = FakePhoneLockServerExtension.withDirectory(
        UserDirectory.builder()
            .user("boss", u -> u.password("boss-pw").permission(Permission.IMAGICLE_ADMIN))
            .user("ann", u -> u.department("Sales").lines("3001"))
            .user("carl", u -> u.department("R&D").lines("2001").locked(true))
            .build());

    PerClass(FakePhoneLockServer server) {
      Seen.server("constructor", server);
    }

    @BeforeAll
    static void beforeAll(FakePhoneLockServer server) {
      Seen.server("beforeAll", server);
    }

    @BeforeEach
    void beforeEach(FakePhoneLockServer server) {
      Seen.server("beforeEach", server);
      Seen.server("field", FAKE.server());
    }

    @Test
    @Order(1)
    void locksSales(FakePhoneLockServer server) throws Exception {
      Seen.server("test", server);
      assertThat(Http.lockedExtensions(server)).containsExactly("2001");
      assertThat(Http.put(server, "Lock", "?department=Sales", "boss", "boss-pw")).isEqualTo(200);
    }

    @Test
    @Order(2)
    void seesTheStateTheFirstTestLeft(FakePhoneLockServer server) throws Exception {
      Seen.server("test", server);
      assertThat(Http.lockedExtensions(server)).containsExactly("3001", "2001");
      assertThat(server.journal()).hasSize(1);
      server.injectFault(Fault.status(503, 7), 1);
      assertThat(Http.put(server, "Unlock", "", "boss", "boss-pw")).isEqualTo(503);
      assertThat(Http.lockedExtensions(server)).containsExactly("3001", "2001");
    }

    @AfterAll
    static void afterAll(FakePhoneLockServer server) {
      Seen.server("afterAll", server);
    }

    @Nested
    class Inner {
      @Test
      void getsTheOuterClassServer(FakePhoneLockServer server) {
        Seen.server("test", server);
        assertThat(server).isSameAs(FAKE.server());
      }
    }
  }

  /** Two tests, each must see the CSV's initial state whatever the other did. */
  abstract static class FreshStateTests {
    @BeforeEach
    void beforeEach(FakePhoneLockServer server) {
      Seen.server("beforeEach", server);
    }

    @Test
    void locksEverything(FakePhoneLockServer server) throws Exception {
      Seen.server("test", server);
      assertThat(Http.lockedExtensions(server)).containsExactly("2001");
      assertThat(Http.put(server, "Lock", "", "boss", "boss-pw")).isEqualTo(200);
      assertThat(Http.lockedExtensions(server)).hasSize(4);
    }

    @Test
    void unlocksEverything(FakePhoneLockServer server) throws Exception {
      Seen.server("test", server);
      assertThat(Http.lockedExtensions(server)).containsExactly("2001");
      assertThat(server.journal()).isEmpty();
      assertThat(Http.put(server, "Unlock", "", "boss", "boss-pw")).isEqualTo(200);
      assertThat(Http.lockedExtensions(server)).isEmpty();
    }

    @AfterEach
    void afterEach(FakePhoneLockServer server) throws Exception {
      Seen.server("afterEach", server);
      assertThat(Http.answers(server)).isTrue();
    }
  }

  static class PerMethodInstanceField extends FreshStateTests {
    @RegisterExtension
    final FakePhoneLockServerExtension fake =
        FakePhoneLockServerExtension.withCsvResource("phonelock/extension-users.csv");
  }

  static class PerMethodStatic extends FreshStateTests {
    @RegisterExtension
    static final FakePhoneLockServerExtension FAKE =
        FakePhoneLockServerExtension.withCsvResource("/phonelock/extension-users.csv").perMethod();

    PerMethodStatic(FakePhoneLockServer server) {
      Seen.server("constructor", server);
    }
  }
}
