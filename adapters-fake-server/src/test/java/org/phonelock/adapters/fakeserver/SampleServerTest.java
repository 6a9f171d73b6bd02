package org.phonelock.adapters.fakeserver;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the tests that talk to a fresh fake server on the sample directory, one per test. */
abstract class SampleServerTest {
  /** The server of the current test. */
  protected FakePhoneLockServer server;
  /** A client of {@link #server}. */
  protected Api api;

  @BeforeEach
  void startSampleServer() throws Exception {
    server = FakePhoneLockServer.builder().start();
    api = new Api(server);
  }

  @AfterEach
  void stopSampleServer() {
    server.close();
  }
}
