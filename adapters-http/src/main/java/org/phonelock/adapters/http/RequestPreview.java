package org.phonelock.adapters.http;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;

/**
 * The exact request {@link PhoneLockClient#apply} would send, for a dry run: nothing is sent to
 * build it. The {@code Authorization} value is shown as {@code Basic <redacted>}.
 *
 * @param method always {@code PUT} (vendor page, "EndPoints")
 * @param uri the full request URI, its query percent-encoded as it goes on the wire
 * @param headerLines the request headers as {@code Name: value} lines, in sending order
 */
public record RequestPreview(String method, URI uri, List<String> headerLines) {
  /**
   * @param method the HTTP method
   * @param uri the full request URI
   * @param headerLines the header lines, copied
   */
  public RequestPreview {
    requireNonNull(method, "method");
    requireNonNull(uri, "uri");
    headerLines = List.copyOf(headerLines);
  }

  /**
   * The request as text: the request line, then one header per line.
   *
   * @return e.g. {@code PUT https://ucx/fw/Apps/StoneLock/WebAPI/Phones/Lock?department=R%26D}
   *     followed by {@code Accept: *}{@code /*} and {@code Authorization: Basic <redacted>}
   */
  @Override
  public String toString() {
    return method + " " + uri + System.lineSeparator()
        + String.join(System.lineSeparator(), headerLines);
  }
}
