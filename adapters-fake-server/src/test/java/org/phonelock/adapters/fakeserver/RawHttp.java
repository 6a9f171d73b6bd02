package org.phonelock.adapters.fakeserver;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import org.phonelock.adapters.fakeserver.internal.http.Reply;

/**
 * Sends bytes the java.net.http client would refuse to send (malformed escapes, raw bytes) over a
 * plain socket and reads the whole reply.
 */
final class RawHttp {
  private RawHttp() {}

  /** The status code and the full reply text. */
  record Reply(int status, String text) {}

  static Reply send(URI base, byte[] requestTarget, String method) throws IOException {
    return send(base, requestTarget, method, "");
  }

  /** Sends a request; {@code headers} are extra header lines, each ending with CR LF. */
  static Reply send(URI base, byte[] requestTarget, String method, String headers)
      throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000); // a regression fails instead of hanging
      OutputStream out = socket.getOutputStream();
      out.write((method + " ").getBytes(ISO_8859_1));
      out.write(requestTarget);
      out.write((" HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n" + headers
              + "\r\n")
          .getBytes(ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String text = new String(in.readAllBytes(), ISO_8859_1);
      return new Reply(Integer.parseInt(text.substring(9, 12)), text);
    }
  }
}
