package org.phonelock.adapters.fakeserver;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.SocketException;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An admin request body over its limit gets the documented JSON 413 (README, "Fake-only admin
 * API"), whether its length is announced ({@code Content-Length}) or not (chunked), and then a
 * close; never a 500 with a stack trace in the log. Sent over a raw socket: the chunked body is
 * sent up to one byte over the limit and no further, so that the server has read every byte sent
 * when it closes (unread bytes would make it reset the connection, which can cost the client the
 * answer).
 */
class OversizedBodiesTest {
  @ParameterizedTest
  @CsvSource({
      "POST, /__fake/faults, 1048576, the request body",
      "POST, /__fake/verify, 1048576, the request body",
      "PUT, /__fake/directory, 67108864, the directory"})
  void aBodyOverTheLimitGetsTheSame413ChunkedOrNot(String method, String path, int limit,
      String what) throws Exception {
    String expected = "{\"error\":\"body_too_large\",\"message\":\"" + what
        + " is larger than the limit of " + limit + " bytes\"}";
    PrintStream original = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    System.setErr(new PrintStream(log, true, UTF_8));
    try (FakePhoneLockServer server = FakePhoneLockServer.builder().start()) {
      String announced = exchange(server, (method + " " + path + " HTTP/1.1\r\nHost: x\r\n"
          + "Content-Length: " + (limit + 1) + "\r\n\r\n").getBytes(ISO_8859_1));
      assertThat(announced).startsWith("HTTP/1.1 413 ").endsWith("\r\n\r\n" + expected);

      ByteArrayOutputStream chunked = new ByteArrayOutputStream();
      chunked.writeBytes((method + " " + path + " HTTP/1.1\r\nHost: x\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(limit + 1) + "\r\n")
          .getBytes(ISO_8859_1));
      byte[] body = new byte[limit + 1];
      Arrays.fill(body, (byte) 'a');
      chunked.writeBytes(body);
      String sentChunked = exchange(server, chunked.toByteArray());
      assertThat(sentChunked).startsWith("HTTP/1.1 413 ").endsWith("\r\n\r\n" + expected)
          .containsIgnoringCase("\r\nConnection: close\r\n");
      assertThat(server.faults()).isEmpty();
    } finally {
      System.setErr(original);
    }
    assertThat(log.toString(UTF_8)).doesNotContain("Exception").doesNotContain("WARN")
        .doesNotContain("ERROR");
  }

  /** Sends the bytes, without closing the sending side, then reads until the server closes. */
  private static String exchange(FakePhoneLockServer server, byte[] request) throws IOException {
    try (Socket socket = new Socket(server.baseUri().getHost(), server.baseUri().getPort())) {
      socket.setSoTimeout(60_000); // a hang guard: silence fails the test instead of hanging it
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      ByteArrayOutputStream text = new ByteArrayOutputStream();
      try {
        socket.getInputStream().transferTo(text);
      } catch (SocketException e) {
        // a reset after the answer: what was read is the answer
      }
      return text.toString(ISO_8859_1);
    }
  }
}
