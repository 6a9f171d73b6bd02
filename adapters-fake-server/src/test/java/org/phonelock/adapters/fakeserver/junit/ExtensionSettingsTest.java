package org.phonelock.adapters.fakeserver.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;

/**
 * Where the extension's users come from (sample directory, class path CSV, CSV file) and how it
 * refuses what it cannot do, each with a message naming the input.
 */
class ExtensionSettingsTest {
  @Test
  void extendWithAloneServesTheSampleDirectoryPerClass() {
    Seen.run(SampleDirectory.class).testEvents().assertStatistics(s -> s.succeeded(2));
    assertThat(Seen.at("test")).hasSize(2);
    assertThat(Seen.at("test").get(0)).isSameAs(Seen.at("test").get(1));
  }

  @Test
  void theAnnotationReadsAClassPathCsvPerMethod() {
    Seen.run(AnnotatedResourcePerMethod.class).testEvents().assertStatistics(s -> s.succeeded(2));
    assertThat(Seen.at("test")).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void theAnnotationReadsACsvFile() {
    Seen.run(AnnotatedFile.class).testEvents().assertStatistics(s -> s.succeeded(1));
  }

  @Test
  void aMalformedCsvFailsTheClassWithFileLineAndReason() {
    assertContainerFails(BrokenCsv.class, ExtensionConfigurationException.class,
        "phonelock/broken-users.csv:2: unknown permission 'superuser'");
  }

  @Test
  void aMissingResourceFailsTheClassNamingIt() {
    assertContainerFails(MissingCsv.class, ExtensionConfigurationException.class,
        "class path resource 'phonelock/nope.csv' not found");
  }

  @Test
  void bothCsvResourceAndCsvFileAreRefused() {
    assertContainerFails(BothSources.class, ExtensionConfigurationException.class,
        "sets both csvResource ('a.csv') and csvFile ('b.csv'); set one");
  }

  @Test
  void aPerMethodServerCannotBeInjectedIntoBeforeAll() {
    assertContainerFails(PerMethodBeforeAll.class, ParameterResolutionException.class,
        "the fake Phone Lock server runs per test method, so there is none for");
  }

  private static void assertContainerFails(
      Class<?> testClass, Class<? extends Throwable> type, String text) {
    EngineExecutionResults results = Seen.run(testClass);
    results.containerEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(
        instanceOf(type), message(m -> m.contains(text)))));
    results.testEvents().assertStatistics(s -> s.succeeded(0));
  }

  @ExtendWith(FakePhoneLockServerExtension.class)
  static class SampleDirectory {
    @Test
    void first(FakePhoneLockServer server) throws Exception {
      Seen.server("test", server);
      assertThat(server.lines()).hasSizeGreaterThan(200);
      assertThat(Http.put(server, "Lock", "?department=Legal", "admin", "admin-demo-pw"))
          .isEqualTo(200);
    }

    @Test
    void second(FakePhoneLockServer server) {
      Seen.server("test", server);
    }
  }

  @WithFakePhoneLockServer(csvResource = "phonelock/extension-users.csv",
      lifecycle = ServerLifecycle.PER_METHOD)
  static class AnnotatedResourcePerMethod {
    @Test
    void first(FakePhoneLockServer server) throws Exception {
      Seen.server("test", server);
      assertThat(Http.lockedExtensions(server)).containsExactly("2001");
      assertThat(Http.put(server, "Lock", "", "boss", "boss-pw")).isEqualTo(200);
    }

    @Test
    void second(FakePhoneLockServer server) throws Exception {
      Seen.server("test", server);
      assertThat(Http.lockedExtensions(server)).containsExactly("2001");
      assertThat(Http.put(server, "Lock", "", "boss", "boss-pw")).isEqualTo(200);
    }
  }

  @WithFakePhoneLockServer(csvFile = "src/test/resources/phonelock/extension-users.csv")
  static class AnnotatedFile {
    @Test
    void servesTheFile(FakePhoneLockServer server) throws Exception {
      assertThat(server.lines()).extracting(line -> line.username() + "/" + line.extension())
          .containsExactly("boss/1001", "ann/3001", "ann/3002", "carl/2001");
      assertThat(Http.put(server, "Unlock", "", "boss", "wrong-pw")).isEqualTo(401);
    }
  }

  static class BrokenCsv {
    @RegisterExtension
    static final FakePhoneLockServerExtension FAKE =
        FakePhoneLockServerExtension.withCsvResource("phonelock/broken-users.csv");

    @Test
    void neverRuns() {}
  }

  static class MissingCsv {
    @RegisterExtension
    static final FakePhoneLockServerExtension FAKE =
        FakePhoneLockServerExtension.withCsvResource("phonelock/nope.csv");

    @Test
    void neverRuns() {}
  }

  @WithFakePhoneLockServer(csvResource = "a.csv", csvFile = "b.csv")
  static class BothSources {
    @Test
    void neverRuns() {}
  }

  static class PerMethodBeforeAll {
    @RegisterExtension
    static final FakePhoneLockServerExtension FAKE =
        FakePhoneLockServerExtension.withSampleDirectory().perMethod();

    @BeforeAll
    static void beforeAll(FakePhoneLockServer server) {}

    @Test
    void neverRuns() {}
  }
}
