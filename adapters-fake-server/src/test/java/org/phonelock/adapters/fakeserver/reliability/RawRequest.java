package org.phonelock.adapters.fakeserver.reliability;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

/**
 * One HTTP/1.1 request as bytes on the wire, whatever it holds. The request is always complete
 * (a body of exactly the declared length, or a well-formed chunked body), so a server that waits
 * for the rest is never the test's doing.
 *
 * @param method the method token, possibly invalid
 * @param target the request target (path and query), as raw bytes
 * @param headers header lines without CR LF; values hold no CR or LF
 * @param body the body bytes as sent, already chunked when a header says so
 */
record RawRequest(String method, byte[] target, List<Map.Entry<String, String>> headers,
    byte[] body) {

  /** The whole request, ending after the body. */
  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((method + " ").getBytes(ISO_8859_1));
    out.writeBytes(target);
    out.writeBytes(" HTTP/1.1\r\n".getBytes(ISO_8859_1));
    for (Map.Entry<String, String> header : headers) {
      out.writeBytes((header.getKey() + ": " + header.getValue() + "\r\n").getBytes(ISO_8859_1));
    }
    out.writeBytes("\r\n".getBytes(ISO_8859_1));
    out.writeBytes(body);
    return out.toByteArray();
  }

  /** Short enough for a failure report: long parts are cut. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(method).append(' ')
        .append(cut(new String(target, ISO_8859_1)));
    headers.forEach(h -> text.append(" | ").append(h.getKey()).append(": ")
        .append(cut(h.getValue())));
    return text.append(" | body ").append(body.length).append(" bytes").toString();
  }

  private static String cut(String text) {
    return text.length() <= 120 ? text : text.substring(0, 120) + "...(" + text.length() + ")";
  }
}
