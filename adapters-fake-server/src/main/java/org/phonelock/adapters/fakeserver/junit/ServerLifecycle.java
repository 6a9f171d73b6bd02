package org.phonelock.adapters.fakeserver.junit;

/** How long one fake Phone Lock server of a {@link FakePhoneLockServerExtension} lives. */
public enum ServerLifecycle {
  /**
   * One server for the test class (and its {@code @Nested} classes), started before
   * {@code @BeforeAll} methods and stopped after {@code @AfterAll} methods; its lines and journal
   * carry over from one test method to the next unless a test calls {@code reset()}.
   */
  PER_CLASS,
  /**
   * A fresh server on a new free port for each test method (each invocation of a parameterized
   * or repeated test), started before its {@code @BeforeEach} methods and stopped after its
   * {@code @AfterEach} methods.
   */
  PER_METHOD
}
