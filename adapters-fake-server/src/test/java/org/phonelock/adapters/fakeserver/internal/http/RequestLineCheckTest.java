package org.phonelock.adapters.fakeserver.internal.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpException;
import org.junit.jupiter.api.Test;

/** The HTTP-version check before Jetty's parser, byte by byte as a slow client sends. */
class RequestLineCheckTest {
  @Test
  void aLineSentOneByteAtATimeIsCheckedWhenItEnds() {
    RequestLineCheck check = new RequestLineCheck(8192);
    byte[] line = "\r\nGET /__fake/health http/1.1\r\nHost: x\r\n".getBytes(ISO_8859_1);
    HttpException.RuntimeException refusal = null;
    int refusedAt = -1;
    for (int i = 0; i < line.length && refusal == null; i++) {
      refusal = check.scan(ByteBuffer.wrap(line, i, 1));
      refusedAt = i;
    }
    assertThat(refusal).isNotNull();
    assertThat(refusal.getCode()).isEqualTo(400);
    assertThat(refusedAt).as("at the LF of the request line")
        .isEqualTo("\r\nGET /__fake/health http/1.1\r\n".length() - 1);
  }

  @Test
  void aGoodLineIsLeftToJettyAndTheNextRequestIsCheckedAfterReset() {
    RequestLineCheck check = new RequestLineCheck(8192);
    assertThat(check.scan(ByteBuffer.wrap("GET / HTTP/1.1\r\nX: http/1.1\r\n\r\n"
        .getBytes(ISO_8859_1)))).isNull();
    check.reset();
    assertThat(check.scan(ByteBuffer.wrap("GET / HTTP/9.9\r\n".getBytes(ISO_8859_1))).getCode())
        .isEqualTo(505);
  }

  @Test
  void linesNotShapedAsRequestLinesAreLeftToJetty() {
    assertThat(RequestLineCheck.check("HELLO")).isNull();
    assertThat(RequestLineCheck.check("GET / HTTP/1.1 extra")).isNull();
    assertThat(RequestLineCheck.check("\u0016\u0003\u0001 x y")).isNull();
  }

  @Test
  void aVersionThatIsNotPrintableIsNotEchoed() {
    assertThat(RequestLineCheck.check("GET / HTTP/1.1\u0001").getReason())
        .startsWith("the third part").doesNotContain("\u0001");
  }

  @Test
  void aLineLongerThanTheLimitIsLeftToJetty() {
    RequestLineCheck check = new RequestLineCheck(16);
    assertThat(check.scan(ByteBuffer.wrap("GET /a-long-path-beyond-16 http/1.1\r\n"
        .getBytes(ISO_8859_1)))).isNull();
  }
}
