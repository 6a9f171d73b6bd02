package org.phonelock.adapters.http;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phonelock.application.port.out.PhoneLockServerUnavailableException;
import org.phonelock.domain.Credentials;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;

/**
 * An https URL for a plain http port: the server answers the TLS ClientHello with a plain HTTP
 * error, as IIS does. The client says so and to use http://, at once and without retrying.
 */
class PlainHttpPortTest {
  @Test
  void aPlainHttpAnswerToTheHandshakeSaysToUseHttp() throws Exception {
    try (ServerSocket plain = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Thread answering = new Thread(() -> {
        while (!plain.isClosed()) {
          try (Socket socket = plain.accept()) {
            InputStream in = socket.getInputStream();
            in.read(new byte[512]);
            socket.getOutputStream().write(("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
          } catch (java.io.IOException e) {
            return;
          }
        }
      });
      answering.setDaemon(true);
      answering.start();
      List<String> log = new ArrayList<>();
      URI https = URI.create("https://127.0.0.1:" + plain.getLocalPort());
      try (PhoneLockClient client = PhoneLockClient.builder(https, new Credentials("admin", "pw"))
          .requestLog(log::add).sleeper(d -> {}).build()) {
        assertThatThrownBy(() -> client.port().apply(PhoneLockAction.LOCK, Filter.none()))
            .isInstanceOf(PhoneLockServerUnavailableException.class)
            .hasMessageContaining("after 1 try")
            .hasMessageContaining("the server answered in plain HTTP, not TLS: use http://");
      }
    }
  }
}
