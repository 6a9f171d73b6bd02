package org.phonelock.adapters.fakeserver;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phonelock.adapters.fakeserver.internal.http.HttpListener;

/**
 * README, "The fake server": every malformed request gets the fake's JSON 400
 * (never silence, never an HTML page), then the connection is closed; a request that never
 * completes is closed within the header timeout. Sent over raw sockets, as no HTTP client sends
 * these.
 */
class MalformedRequestsTest {
  private static final String AUTH = "Authorization: " + Api.basic("admin", "admin-demo-pw");

  private FakePhoneLockServer server;

  @BeforeEach
  void start() throws IOException {
    server = FakePhoneLockServer.builder().headerTimeout(Duration.ofSeconds(2)).start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void rawBarAndBraceInTheTargetGetTheFakesJson400() throws Exception {
    for (String c : new String[] {"|", "{", "}"}) {
      String answer = exchange(("PUT " + Api.LOCK + "?department=Le" + c + "gal HTTP/1.1\r\n"
          + "Host: 127.0.0.1\r\n" + AUTH + "\r\nContent-Length: 0\r\n\r\n").getBytes(ISO_8859_1));
      assertJson400(answer, "bad_request_target").contains("the query holds '" + c + "'");
    }
    String inPath = exchange(("GET /__fake/li|nes HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .getBytes(ISO_8859_1));
    assertJson400(inPath, "bad_request_target").contains("the path holds '|'");
    assertThat(server.lines()).noneMatch(LineState::locked);
  }

  @Test
  void aMalformedEscapeGetsTheFakesJson400() throws Exception {
    for (String target : new String[] {Api.LOCK + "?department=%zz", Api.LOCK + "?department=%",
        Api.LOCK + "?department=Legal%2"}) {
      assertJson400(exchange(put(target)), "bad_request_target")
          .contains("'%' not followed by two hexadecimal");
    }
    // In the path, the parser itself refuses it, with the same JSON shape, naming the escape.
    assertJson400(exchange(put(Api.LOCK + "%zz?department=Legal")), "bad_request")
        .contains("'%' in the path is not followed by two hexadecimal digits");
    assertThat(server.lines()).noneMatch(LineState::locked);
  }

  @Test
  void bareLineFeedsGetAJson400() throws Exception {
    String answer = exchange(("PUT " + Api.LOCK + "?department=Legal HTTP/1.1\nHost: 127.0.0.1\n"
        + AUTH + "\nContent-Length: 0\n\n").getBytes(ISO_8859_1));
    assertJson400(answer, "bad_request");
    assertThat(server.lines()).noneMatch(LineState::locked);
  }

  @Test
  void aFirstLineThatIsNotHttpGetsAJson400() throws Exception {
    // Each names what the parser refused, in Jetty's words.
    assertJson400(exchange("HELLO\r\n\r\n".getBytes(ISO_8859_1)), "bad_request")
        .contains("(No URI)");
    assertJson400(exchange("GET / HTTP/1.1 extra\r\n\r\n".getBytes(ISO_8859_1)), "bad_request")
        .contains("(Illegal character SPACE=' ')");
    assertJson400(exchange("GET /__fake/health HTTP/1.1\r\n\r\n".getBytes(ISO_8859_1)),
        "bad_request").contains("(No Host)");
    assertJson400(exchange(("GET /__fake/health HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n")
        .getBytes(ISO_8859_1)), "bad_request").contains("(Duplicate Host Header)");
  }

  @Test
  void aRequestLineWithoutVersionGetsAJson400AndDoesNotAct() throws Exception {
    // RFC 9112, section 3: an invalid request-line gets 400; the HTTP/0.9 form has no version.
    assertJsonError(exchange("GET /__fake/health\r\n".getBytes(ISO_8859_1)), 400, "bad_request")
        .contains("no HTTP version");
    assertJsonError(exchange(("PUT " + Api.LOCK + "?department=IT\r\n\r\n")
        .getBytes(ISO_8859_1)), 400, "bad_request").contains("no HTTP version");
    assertThat(server.lines()).noneMatch(LineState::locked);
    assertThat(server.journal()).isEmpty();
  }

  @Test
  void anUnknownMinorVersionGetsAJson400AndAnotherMajorVersionAJson505() throws Exception {
    assertJsonError(exchange(("PUT " + Api.LOCK + "?department=IT HTTP/1.2\r\nHost: x\r\n" + AUTH
        + "\r\n\r\n").getBytes(ISO_8859_1)), 400, "bad_request").contains("'HTTP/1.2'");
    // RFC 9110, section 15.6.6: 505 refuses the major version of the request.
    for (String version : new String[] {"HTTP/9.9", "HTTP/2.0", "HTTP/0.9"}) {
      assertJsonError(exchange(("PUT " + Api.LOCK + "?department=IT " + version
          + "\r\nHost: x\r\n" + AUTH + "\r\n\r\n").getBytes(ISO_8859_1)), 505, "bad_request")
          .contains("'" + version + "'", "HTTP/1.1 only");
    }
    assertThat(server.lines()).noneMatch(LineState::locked);
    assertThat(server.journal()).isEmpty();
  }

  @Test
  void theHttpVersionIsCaseSensitive() throws Exception {
    // RFC 9112, section 2.3: "HTTP-version is case-sensitive"; Jetty alone reads http/1.1.
    for (String version : new String[] {"http/1.1", "Http/1.0", "HTTP/1.1x", "HTTP/11"}) {
      assertJsonError(exchange(("PUT " + Api.LOCK + "?department=IT " + version
          + "\r\nHost: x\r\n" + AUTH + "\r\n\r\n").getBytes(ISO_8859_1)), 400, "bad_request")
          .contains("'" + version + "'");
    }
    assertThat(server.lines()).noneMatch(LineState::locked);
    assertThat(server.journal()).isEmpty();
  }

  @Test
  void anAbsoluteTargetWhoseHostIsNotTheHostHeaderGetsItsJson400AndACloseAtOnce()
      throws Exception {
    // Jetty refuses it after parsing, and kept the connection open: a client reading to the end
    // waited for the header timeout. Here the header timeout is far beyond the read timeout.
    try (FakePhoneLockServer patient = FakePhoneLockServer.builder()
        .headerTimeout(Duration.ofSeconds(60)).start();
        Socket socket = new Socket(patient.baseUri().getHost(), patient.baseUri().getPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("PUT http://evil" + Api.LOCK + "?department=IT HTTP/1.1\r\n"
          + "Host: x\r\n" + AUTH + "\r\n\r\n").getBytes(ISO_8859_1));
      assertJson400(readAll(socket), "bad_request").contains("Authority!=Host")
          .containsIgnoringCase("\r\nConnection: close\r\n");
      assertThat(patient.lines()).noneMatch(LineState::locked);
    }
  }

  @Test
  void aLongTargetGetsAJson414AndLongHeaderFieldsAJson431() throws Exception {
    // RFC 9110, section 15.5.15: 414 for a target longer than the server will read; 431
    // (RFC 6585, section 5) for header fields too large.
    String longTarget = Api.LOCK + "?department=" + "a".repeat(HttpListener.MAX_HEADER_BYTES);
    assertJsonError(exchange(("PUT " + longTarget + " HTTP/1.1\r\nHost: x\r\n" + AUTH
        + "\r\n\r\n").getBytes(ISO_8859_1)), 414, "bad_request")
        .contains("the request target is too long", "8192 bytes");
    assertJsonError(exchange(("PUT " + Api.LOCK + "?department=IT HTTP/1.1\r\nHost: x\r\n" + AUTH
        + "\r\nX-Padding: " + "a".repeat(HttpListener.MAX_HEADER_BYTES) + "\r\n\r\n")
        .getBytes(ISO_8859_1)), 431, "bad_request")
        .contains("the request header is too large", "8192 bytes");
    assertThat(server.lines()).noneMatch(LineState::locked);
  }

  @Test
  void aTlsClientHelloOnThePlainPortGetsAJson400ThenAClose() throws Exception {
    SSLEngine engine = SSLContext.getDefault().createSSLEngine("127.0.0.1",
        server.baseUri().getPort());
    engine.setUseClientMode(true);
    ByteBuffer hello = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
    engine.wrap(ByteBuffer.allocate(0), hello);
    hello.flip();
    byte[] bytes = new byte[hello.remaining()];
    hello.get(bytes);
    assertThat(bytes[0]).as("a TLS handshake record").isEqualTo((byte) 0x16);
    assertJson400(exchange(bytes), "bad_request").contains("does not speak TLS");
  }

  @Test
  void aBlankRequestIsClosedWithinTheHeaderTimeout() throws Exception {
    // RFC 9112, section 2.2: a server ignores empty lines before a request line, so a client
    // that sends only empty lines has not sent a request yet: it is closed, not answered, once
    // the header timeout is over.
    try (Socket socket = open()) {
      socket.getOutputStream().write("\r\n\r\n".getBytes(ISO_8859_1));
      assertThat(readAll(socket)).isEmpty();
    }
  }

  @Test
  void aConnectionThatSendsNothingIsClosedWithinTheHeaderTimeout() throws Exception {
    try (Socket socket = open()) {
      assertThat(readAll(socket)).isEmpty();
    }
  }

  @Test
  void bareLineFeedsStayRefused() {
    // Jetty's RFC9110 mode would accept them; HttpListener turns that off.
    assertThat(server.compliance().allows(
        org.eclipse.jetty.http.HttpCompliance.Violation.LF_HEADER_TERMINATION)).isFalse();
  }

  private static byte[] put(String target) {
    return ("PUT " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + AUTH
        + "\r\nContent-Length: 0\r\n\r\n").getBytes(ISO_8859_1);
  }

  private static org.assertj.core.api.AbstractStringAssert<?> assertJson400(String answer,
      String error) {
    return assertJsonError(answer, 400, error);
  }

  private static org.assertj.core.api.AbstractStringAssert<?> assertJsonError(String answer,
      int status, String error) {
    assertThat(answer).startsWith("HTTP/1.1 " + status + " ");
    assertThat(answer.toLowerCase(java.util.Locale.ROOT))
        .contains("content-type: application/json; charset=utf-8");
    return assertThat(answer).contains("\r\n\r\n{\"error\":\"" + error + "\",\"message\":\"")
        .endsWith("\"}").doesNotContainIgnoringCase("jetty").doesNotContain("<html");
  }

  /** Sends the bytes, then reads until the server closes the connection. */
  private String exchange(byte[] request) throws IOException {
    try (Socket socket = open()) {
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      return readAll(socket);
    }
  }

  private Socket open() throws IOException {
    Socket socket = new Socket(server.baseUri().getHost(), server.baseUri().getPort());
    socket.setSoTimeout(60_000); // a hang guard: silence fails the test instead of hanging it
    return socket;
  }

  private static String readAll(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
    try {
      in.transferTo(text);
    } catch (SocketException e) {
      // a reset after the answer: what was read is the answer
    }
    return text.toString(ISO_8859_1);
  }
}
