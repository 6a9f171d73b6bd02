package org.phonelock.adapters.fakeserver.reliability;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Sends a {@link RawRequest} over a plain socket and reads one response by its framing (status
 * line, headers, then a Content-Length or chunked body, or none), skipping interim 1xx responses.
 * The socket's read timeout detects a hang; it is not a speed requirement.
 */
final class RawExchange {
  /** How long a read may wait for the server before the test calls it a hang. */
  static final int HANG_MILLIS = 10_000;

  private RawExchange() {}

  /** What came back: a final status, or nothing because the server closed the connection. */
  record Outcome(OptionalInt status, String head) {
    static Outcome closed() {
      return new Outcome(OptionalInt.empty(), "");
    }
  }

  /**
   * Sends and reads.
   *
   * @throws SocketTimeoutException when the server neither answers nor closes in time
   */
  static Outcome send(URI base, RawRequest request) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(HANG_MILLIS);
      try {
        socket.getOutputStream().write(request.bytes());
        socket.getOutputStream().flush();
      } catch (IOException e) {
        // The server may answer and close before reading a long request; read what it sent.
      }
      InputStream in = socket.getInputStream();
      try {
        while (true) {
          String head = readHead(in);
          if (head.isEmpty()) {
            return Outcome.closed();
          }
          int status = Integer.parseInt(head.substring(9, 12));
          if (status >= 100 && status < 200) {
            continue; // e.g. 100 Continue
          }
          readBody(in, head, status, request.method());
          return new Outcome(OptionalInt.of(status), head);
        }
      } catch (SocketTimeoutException e) {
        throw e;
      } catch (IOException e) {
        return Outcome.closed(); // reset by the server: the connection ended
      }
    }
  }

  /** The status line and headers up to the blank line, or "" on end of stream before any. */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int last4 = 0;
    int b;
    while ((b = in.read()) >= 0) {
      head.write(b);
      last4 = (last4 << 8) | b;
      if (last4 == 0x0D0A0D0A) {
        return head.toString(ISO_8859_1);
      }
    }
    if (head.size() > 0) {
      throw new IOException("connection closed inside the response head: " + head);
    }
    return "";
  }

  private static void readBody(InputStream in, String head, int status, String method)
      throws IOException {
    if (method.equals("HEAD") || status == 204 || status == 304) {
      return;
    }
    String lower = head.toLowerCase(Locale.ROOT);
    String length = header(lower, "content-length");
    if (length != null) {
      in.readNBytes(Integer.parseInt(length));
    } else if ("chunked".equals(header(lower, "transfer-encoding"))) {
      readChunks(in);
    } else {
      in.readAllBytes(); // delimited by the end of the connection
    }
  }

  private static void readChunks(InputStream in) throws IOException {
    while (true) {
      String sizeLine = readLine(in);
      int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
      if (size == 0) {
        readLine(in);
        return;
      }
      in.readNBytes(size);
      readLine(in);
    }
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      line.append((char) b);
    }
    return line.toString().strip();
  }

  private static String header(String lowerHead, String name) {
    for (String line : lowerHead.split("\r\n")) {
      if (line.startsWith(name + ":")) {
        return line.substring(name.length() + 1).strip();
      }
    }
    return null;
  }
}
