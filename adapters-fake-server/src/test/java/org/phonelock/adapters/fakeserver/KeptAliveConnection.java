package org.phonelock.adapters.fakeserver;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;

/**
 * One plain socket to the fake server that carries several requests (HTTP/1.1 keep-alive), so a
 * test sees exactly what happens to that connection: a response, an end of stream or a reset.
 */
final class KeptAliveConnection implements AutoCloseable {
  private final Socket socket;
  private final URI base;

  KeptAliveConnection(URI base) throws IOException {
    this.base = base;
    this.socket = new Socket(base.getHost(), base.getPort());
    socket.setSoTimeout(30_000); // a regression fails instead of hanging
  }

  /** Sends {@code PUT pathAndQuery} as admin, leaving the connection open. */
  void sendAdminPut(String pathAndQuery) throws IOException {
    String request = "PUT " + pathAndQuery + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
        + "Authorization: " + Api.basic("admin", "admin-demo-pw") + "\r\n"
        + "Content-Length: 0\r\n\r\n";
    socket.getOutputStream().write(request.getBytes(ISO_8859_1));
    socket.getOutputStream().flush();
  }

  /** Ends the sending side (TCP half-close); the answers can still be read. */
  void finishSending() throws IOException {
    socket.shutdownOutput();
  }

  /**
   * Reads one response by its Content-Length.
   *
   * @return the status line, headers and body
   * @throws IOException when the connection ended or was reset first
   */
  String readResponse() throws IOException {
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int last4 = 0;
    while (last4 != 0x0D0A0D0A) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("end of stream after " + head.size() + " bytes");
      }
      head.write(b);
      last4 = (last4 << 8) | b;
    }
    String text = head.toString(ISO_8859_1);
    int length = Integer.parseInt(text.replaceAll("(?si).*content-length: *(\\d+).*", "$1"));
    return text + new String(in.readNBytes(length), ISO_8859_1);
  }

  /**
   * Reads one byte.
   *
   * @return the byte, or -1 at end of stream
   * @throws IOException e.g. "Connection reset"
   */
  int read() throws IOException {
    return socket.getInputStream().read();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
