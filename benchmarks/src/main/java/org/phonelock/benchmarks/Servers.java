package org.phonelock.benchmarks;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.net.URI;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.UserDirectory;

/**
 * Starts the two servers compared, in this process, as a JUnit extension would: the fake Phone
 * Lock server, and WireMock 3 with one stub for the same request (a {@code PUT} of the lock
 * endpoint, the department compared ignoring case as the fake does, and a Basic-auth matcher).
 */
final class Servers {
  /** The lock endpoint (vendor page). */
  static final String LOCK_PATH = "/fw/Apps/StoneLock/WebAPI/Phones/Lock";

  /** The 10,000 most recent requests: the fake's journal size, given to WireMock too. */
  static final int JOURNAL_ENTRIES = 10_000;

  private Servers() {}

  /** A started server. */
  interface Running extends AutoCloseable {
    /**
     * Where it listens.
     *
     * @return {@code http://127.0.0.1:<port>}
     */
    URI baseUri();

    /** Stops it. */
    @Override
    void close();
  }

  /**
   * The request target both servers answer with 200.
   *
   * @param department the department filter value, URL-safe
   * @return {@code /fw/Apps/StoneLock/WebAPI/Phones/Lock?department=<department>}
   */
  static String lockTarget(String department) {
    return LOCK_PATH + "?department=" + department;
  }

  /**
   * Starts the fake server on a free port of 127.0.0.1.
   *
   * @param directory its users, or null for the bundled sample directory
   * @return the running server
   * @throws IOException when it cannot bind
   */
  static Running fake(UserDirectory directory) throws IOException {
    FakePhoneLockServer.Builder builder = FakePhoneLockServer.builder();
    if (directory != null) {
      builder.directory(directory);
    }
    FakePhoneLockServer server = builder.start();
    return new Running() {
      @Override
      public URI baseUri() {
        return server.baseUri();
      }

      @Override
      public void close() {
        server.close();
      }
    };
  }

  /**
   * Starts WireMock on a free port of 127.0.0.1 with one stub.
   *
   * @param user the user name the Basic-auth matcher wants
   * @param password its password
   * @param department the department query value the stub wants, compared ignoring case
   * @param body the JSON body of the 200 answer
   * @return the running server
   */
  static Running wireMock(String user, String password, String department, String body) {
    WireMockServer server = new WireMockServer(WireMockConfiguration.wireMockConfig()
        .bindAddress("127.0.0.1").dynamicPort().maxRequestJournalEntries(JOURNAL_ENTRIES));
    server.start();
    server.stubFor(WireMock.put(WireMock.urlPathEqualTo(LOCK_PATH))
        .withQueryParam("department", WireMock.equalToIgnoreCase(department))
        .withBasicAuth(user, password)
        .willReturn(WireMock.aResponse().withStatus(200)
            .withHeader("Content-Type", "application/json; charset=utf-8").withBody(body)));
    URI base = URI.create("http://127.0.0.1:" + server.port());
    return new Running() {
      @Override
      public URI baseUri() {
        return base;
      }

      @Override
      public void close() {
        server.stop();
      }
    };
  }
}
