package org.phonelock.adapters.fakeserver;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.UnixOperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phonelock.adapters.fakeserver.internal.http.HttpListener;

/**
 * README, "The fake server": a client cannot hold the fake: idle kept-alive connections cost no thread each, at
 * most 64 threads with 1,000 of them open, and the server still answers. Loopback only.
 */
class IdleConnectionsTest {
  private static final int IDLE = 1_000;
  private static final int MAX_THREADS = 64;

  private FakePhoneLockServer server;
  private final List<KeptAliveConnection> connections = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = FakePhoneLockServer.builder().start();
  }

  @AfterEach
  void stop() throws IOException {
    for (KeptAliveConnection connection : connections) {
      connection.close();
    }
    server.close();
  }

  @Test
  void aThousandIdleKeptAliveConnectionsHoldAtMost64Threads() throws Exception {
    assertEnoughFileDescriptors();
    int before = fakeServerThreads();
    for (int i = 0; i < IDLE; i++) {
      KeptAliveConnection connection = new KeptAliveConnection(server.baseUri());
      connections.add(connection);
      connection.sendAdminPut(Api.LOCK + "?department=Legal");
      assertThat(connection.readResponse()).startsWith("HTTP/1.1 200");
    }

    assertThat(server.listenerThreads()).as("the listener's pool").isLessThanOrEqualTo(MAX_THREADS);
    assertThat(fakeServerThreads()).as("threads named for the fake server, %d before", before)
        .isLessThanOrEqualTo(MAX_THREADS);
    // Every connection is still open and kept alive: each serves one more request.
    for (int i = 0; i < IDLE; i += 97) {
      connections.get(i).sendAdminPut(Api.UNLOCK + "?department=Legal");
      assertThat(connections.get(i).readResponse()).startsWith("HTTP/1.1 200");
    }
    RawHttp.Reply fresh = RawHttp.send(server.baseUri(),
        "/__fake/health".getBytes(ISO_8859_1), "GET");
    assertThat(fresh.status()).isEqualTo(200);
    assertThat(server.journal()).hasSize(IDLE + (IDLE + 96) / 97);
  }

  private static int fakeServerThreads() {
    return (int) Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith(HttpListener.THREAD_NAME)).count();
  }

  /** Both ends of 1,000 connections live in this JVM: 2,000 descriptors and some to spare. */
  private static void assertEnoughFileDescriptors() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof UnixOperatingSystemMXBean unix) {
      long free = unix.getMaxFileDescriptorCount() - unix.getOpenFileDescriptorCount();
      assertThat(free).as("free file descriptors (raise `ulimit -n`: this test opens %d"
          + " loopback connections, both ends in this JVM)", IDLE).isGreaterThan(2L * IDLE + 200);
    }
  }
}
