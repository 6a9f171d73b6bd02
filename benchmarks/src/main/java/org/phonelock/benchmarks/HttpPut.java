package org.phonelock.benchmarks;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.util.Locale;

/**
 * The lightest load generator this project can write: one keep-alive HTTP/1.1 connection that
 * sends one fixed {@code PUT} again and again and reads each answer whole (fixed length or
 * chunked). Lighter than {@code java.net.http.HttpClient}, so that on a 2-core machine the client
 * takes as little CPU as possible from the server under test. Not thread-safe: one per thread.
 */
final class HttpPut implements AutoCloseable {
  private final String host;
  private final int port;
  private final byte[] request;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  /**
   * Prepares the request; connects on the first {@link #send()}.
   *
   * @param base the server, {@code http://host:port}
   * @param target the path and query, e.g. {@code /fw/...?department=x}
   * @param authorization the {@code Authorization} header value
   */
  HttpPut(URI base, String target, String authorization) {
    this.host = base.getHost();
    this.port = base.getPort();
    this.request = ("PUT " + target + " HTTP/1.1\r\nHost: " + host + ":" + port
        + "\r\nAccept: */*\r\nAuthorization: " + authorization
        + "\r\nContent-Length: 0\r\n\r\n").getBytes(ISO_8859_1);
  }

  /**
   * Sends the request and reads the answer.
   *
   * @return the status code
   * @throws IOException when the connection fails
   */
  int send() throws IOException {
    if (socket == null) {
      socket = new Socket(host, port);
      socket.setTcpNoDelay(true);
      in = new BufferedInputStream(socket.getInputStream(), 8192);
      out = socket.getOutputStream();
    }
    out.write(request);
    out.flush();
    String status = line();
    if (status == null) {
      throw new IOException("connection closed before an answer");
    }
    int code = Integer.parseInt(status.substring(9, 12));
    readRest();
    return code;
  }

  /** Closes the connection. */
  @Override
  public void close() throws IOException {
    if (socket != null) {
      socket.close();
      socket = null;
    }
  }

  private void readRest() throws IOException {
    long length = 0;
    boolean chunked = false;
    boolean keepAlive = true;
    for (String header = line(); header != null && !header.isEmpty(); header = line()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        keepAlive = false;
      }
    }
    if (chunked) {
      for (long size = chunkSize(); size > 0; size = chunkSize()) {
        in.skipNBytes(size + 2);
      }
      line();
    } else {
      in.skipNBytes(length);
    }
    if (!keepAlive) {
      close();
    }
  }

  private long chunkSize() throws IOException {
    String size = line();
    int semicolon = size.indexOf(';');
    return Long.parseLong(semicolon < 0 ? size.trim() : size.substring(0, semicolon), 16);
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int c = in.read(); c >= 0; c = in.read()) {
      if (c == '\n') {
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
      }
      line.append((char) c);
    }
    return line.length() == 0 ? null : line.toString();
  }
}
