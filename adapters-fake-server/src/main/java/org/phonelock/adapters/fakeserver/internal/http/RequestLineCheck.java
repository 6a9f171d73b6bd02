package org.phonelock.adapters.fakeserver.internal.http;

import java.nio.ByteBuffer;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpStatus;

/**
 * Reads the HTTP-version of each request line before Jetty's parser does, and refuses what Jetty
 * would accept or refuse in words of its own: Jetty reads the version case-insensitively
 * ({@code http/1.1}), answers 505 to a request line with no version (HTTP/0.9) and to an unknown
 * minor version, and lets {@code HTTP/2.0} through on this HTTP/1.1 port. The rules:
 * <ul>
 *   <li>{@code HTTP/1.1} and {@code HTTP/1.0}, exactly: left to Jetty.
 *   <li>No version ({@code GET /path}, the HTTP/0.9 form): 400. RFC 9112, section 3: a
 *       request-line is {@code method SP request-target SP HTTP-version}, and "recipients of an
 *       invalid request-line SHOULD respond with either a 400 (Bad Request) error or a 301".
 *   <li>A version of another major number ({@code HTTP/2.0}, {@code HTTP/9.9}): 505. RFC 9110,
 *       section 15.6.6: 505 means the server "does not support, or refuses to support, the major
 *       version of HTTP that was used in the request message".
 *   <li>{@code HTTP/1.2} to {@code HTTP/1.9}: 400. RFC 9110, section 2.5 says a server SHOULD
 *       read a higher minor version as the highest it implements; the fake refuses instead, as no
 *       such version exists and the fake is there to catch client mistakes, and 505 is about the
 *       major version only.
 *   <li>Any other case or shape ({@code http/1.1}, {@code HTTP/1.10}, {@code HTTP/1}): 400. RFC
 *       9112, section 2.3: "HTTP-version is case-sensitive", {@code "HTTP/" DIGIT "." DIGIT}.
 * </ul>
 * A line that is not made of a method token and two or three parts (a TLS ClientHello, {@code
 * HELLO}, a fourth part) is left to Jetty, which refuses it. One instance per connection, reset
 * between requests; not thread-safe (Jetty parses a connection on one thread at a time).
 */
final class RequestLineCheck {
  private static final Pattern METHOD = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  private static final Pattern VERSION_SHAPE = Pattern.compile("HTTP/[0-9]\\.[0-9]");
  private static final Pattern PRINTABLE = Pattern.compile("[\\x21-\\x7E]{1,16}");

  private final int maxLineBytes;
  private final StringBuilder line = new StringBuilder();
  private boolean seen;
  private boolean tooLong;

  /**
   * @param maxLineBytes the longest request line read; a longer one is left to Jetty, which
   *     refuses it (414)
   */
  RequestLineCheck(int maxLineBytes) {
    this.maxLineBytes = maxLineBytes;
  }

  /** The next request starts: its request line is to be read. */
  void reset() {
    line.setLength(0);
    seen = false;
    tooLong = false;
  }

  /**
   * Reads the bytes Jetty's parser is about to read, without consuming them. Jetty's parser
   * reads every byte up to the end of the request line in one call, so no byte is read twice.
   *
   * @param buffer the bytes from the client, from its position on
   * @return the refusal of the request line once it is complete, or null to leave it to Jetty
   */
  HttpException.RuntimeException scan(ByteBuffer buffer) {
    for (int i = buffer.position(); i < buffer.limit() && !seen; i++) {
      char c = (char) (buffer.get(i) & 0xFF);
      if (c != '\n') {
        if (line.length() < maxLineBytes) {
          line.append(c);
        } else {
          tooLong = true;
        }
        continue;
      }
      if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
        line.setLength(line.length() - 1);
      }
      if (line.length() == 0 && !tooLong) {
        continue; // RFC 9112, section 2.2: empty lines before the request line are skipped
      }
      seen = true;
      return tooLong ? null : check(line.toString());
    }
    return null;
  }

  /**
   * Checks a complete request line.
   *
   * @param requestLine the line without its CR LF
   * @return the refusal, or null to leave the line to Jetty
   */
  static HttpException.RuntimeException check(String requestLine) {
    String[] parts = requestLine.split(" +", -1);
    if (parts.length < 2 || parts.length > 3 || !METHOD.matcher(parts[0]).matches()) {
      return null; // not shaped as a request line: Jetty refuses it in its own words
    }
    if (parts.length == 2) {
      return refuse(HttpStatus.BAD_REQUEST_400, "the request line has no HTTP version, as in HTTP/0.9;"
          + " RFC 9112, section 3: method SP request-target SP HTTP-version");
    }
    String version = parts[2];
    if (version.equals("HTTP/1.1") || version.equals("HTTP/1.0")) {
      return null;
    }
    String named = PRINTABLE.matcher(version).matches() ? "'" + version + "'" : "the third part";
    if (VERSION_SHAPE.matcher(version).matches()) {
      return version.charAt(5) != '1'
          ? refuse(HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505, named + ": this server speaks"
              + " HTTP/1.1 only")
          : refuse(HttpStatus.BAD_REQUEST_400, named + " is not an HTTP version in use; send"
              + " HTTP/1.1");
    }
    if (VERSION_SHAPE.matcher(version.toUpperCase(java.util.Locale.ROOT)).matches()) {
      return refuse(HttpStatus.BAD_REQUEST_400, "the HTTP version is case-sensitive (RFC 9112,"
          + " section 2.3): " + named + " must be written in capitals, e.g. HTTP/1.1");
    }
    return refuse(HttpStatus.BAD_REQUEST_400, named + " of the request line is not an HTTP"
        + " version (RFC 9112, section 2.3: \"HTTP/\" DIGIT \".\" DIGIT, e.g. HTTP/1.1)");
  }

  private static HttpException.RuntimeException refuse(int status, String reason) {
    return new HttpException.RuntimeException(status, reason);
  }
}
