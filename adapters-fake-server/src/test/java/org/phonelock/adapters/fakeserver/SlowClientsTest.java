package org.phonelock.adapters.fakeserver;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phonelock.adapters.fakeserver.internal.http.HttpListener;

/**
 * README, "The fake server" (header timeout): a client that sends half a request, or dribbles it,
 * is closed once the header timeout is over, and never delays the others. Loopback only; the
 * awaits are hang guards, not timings.
 */
class SlowClientsTest {
  private static final Duration HEADER_TIMEOUT = Duration.ofSeconds(3);
  private static final int STALLED = 200;
  private static final String HALF_REQUEST = "PUT " + Api.LOCK + "?department=Legal HTTP/1.1\r\n"
      + "Host: 127.0.0.1\r\nAuthorization: Basic ";

  private FakePhoneLockServer server;
  private Api api;
  private final List<Socket> sockets = new ArrayList<>();
  private final ExecutorService readers = Executors.newCachedThreadPool();

  @BeforeEach
  void start() throws IOException {
    server = FakePhoneLockServer.builder().headerTimeout(HEADER_TIMEOUT).start();
    api = new Api(server);
  }

  @AfterEach
  void stop() throws IOException {
    readers.shutdownNow();
    for (Socket socket : sockets) {
      socket.close();
    }
    server.close();
  }

  @Test
  void twoHundredHalfRequestsAreClosedAndDoNotDelayAnotherClient() throws Exception {
    CountDownLatch closed = new CountDownLatch(STALLED);
    AtomicInteger answered = new AtomicInteger();
    for (int i = 0; i < STALLED; i++) {
      Socket socket = open();
      socket.getOutputStream().write(HALF_REQUEST.getBytes(ISO_8859_1));
      socket.getOutputStream().flush();
      readers.execute(() -> {
        try {
          // -1 (FIN) or a reset both end the connection; any byte would be an answer.
          if (socket.getInputStream().read() >= 0) {
            answered.incrementAndGet();
          }
        } catch (IOException e) {
          // closed by a reset: ended all the same
        }
        closed.countDown();
      });
    }

    HttpResponse<String> lock = api.adminLock("?department=Legal");

    // While the 200 are still held (their header timeout is not over yet), another client is
    // answered: none of them was closed before this answer came.
    assertThat(lock.statusCode()).isEqualTo(200);
    assertThat(closed.getCount()).as("stalled connections closed before the lock was answered")
        .isEqualTo(STALLED);
    assertThat(closed.await(60, TimeUnit.SECONDS)).as("all stalled connections closed").isTrue();
    assertThat(answered).hasValue(0);
    assertThat(server.journal()).hasSize(1); // none of the half requests reached the endpoint
  }

  @Test
  void aClientThatDribblesItsHeaderByteByByteIsClosedBeforeItCompletes() throws Exception {
    Socket socket = open();
    byte[] request = (HALF_REQUEST + "x".repeat(5_000) + "\r\n\r\n").getBytes(ISO_8859_1);
    OutputStream out = socket.getOutputStream();
    CountDownLatch closed = new CountDownLatch(1);
    readers.execute(() -> {
      try {
        socket.getInputStream().read();
      } catch (IOException e) {
        // reset: closed all the same
      }
      closed.countDown();
    });
    int sent = 0;
    try {
      // Each byte restarts an idle timeout; the header timeout counts from the first one.
      while (sent < request.length && closed.getCount() > 0) {
        out.write(request[sent++]);
        out.flush();
        Thread.sleep(20);
      }
    } catch (SocketException e) {
      // the server closed the connection while the client was still sending
    }
    assertThat(closed.await(60, TimeUnit.SECONDS)).isTrue();
    assertThat(sent).as("bytes sent before the close").isLessThan(request.length);
    assertThat(server.journal()).isEmpty();
  }

  @Test
  void aKeptAliveConnectionGetsANewHeaderTimeoutForEachRequest() throws Exception {
    try (KeptAliveConnection connection = new KeptAliveConnection(server.baseUri())) {
      connection.sendAdminPut(Api.LOCK + "?department=Legal");
      assertThat(connection.readResponse()).startsWith("HTTP/1.1 200");
      connection.sendAdminPut(Api.UNLOCK + "?department=Legal");
      assertThat(connection.readResponse()).startsWith("HTTP/1.1 200");
    }
  }

  @Test
  void aDelayedRequestDoesNotDelayOthers() throws Exception {
    server.injectFault(Fault.delay(Fault.Delay.LONGEST), 1);
    try (KeptAliveConnection delayed = new KeptAliveConnection(server.baseUri())) {
      delayed.sendAdminPut(Api.LOCK + "?department=Legal");
      await(() -> server.journal().isEmpty() && server.faults().isEmpty());

      // More requests than the listener has threads: none waits for the delayed one.
      for (int i = 0; i < HttpListener.MAX_THREADS + 8; i++) {
        assertThat(api.adminLock("?department=Sales").statusCode()).isEqualTo(200);
      }
      assertThat(server.journal()).hasSize(HttpListener.MAX_THREADS + 8)
          .allMatch(entry -> entry.fault() == null);
      assertThat(server.lines()).filteredOn(line -> "Legal".equals(line.department()))
          .isNotEmpty().noneMatch(LineState::locked);
    }
  }

  private Socket open() throws IOException {
    Socket socket = new Socket(server.baseUri().getHost(), server.baseUri().getPort());
    socket.setSoTimeout(60_000); // a hang guard: a regression fails instead of hanging
    sockets.add(socket);
    return socket;
  }

  private static void await(java.util.function.BooleanSupplier condition) throws Exception {
    for (int i = 0; i < 3_000 && !condition.getAsBoolean(); i++) {
      Thread.sleep(10);
    }
    assertThat(condition.getAsBoolean()).as("condition reached within the hang guard").isTrue();
  }
}
