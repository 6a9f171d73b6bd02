package org.phonelock.adapters.fakeserver;

import java.net.URI;
import java.util.Optional;

/**
 * Checks the raw request target before anything reads it (api-contract.md, "Filters": a raw
 * {@code #} or any byte RFC 3986 does not allow unencoded in a path or query gets 400, never a
 * partial reading). The JDK parses a raw {@code #} as the start of a fragment, so without this
 * {@code ?department=R#D} would act on department {@code R}.
 */
final class RequestTarget {
  private RequestTarget() {}

  /**
   * What is wrong with a request target.
   *
   * @param target the request URI as the JDK HTTP server parsed it
   * @return the reason to refuse it, or empty when path and query hold only characters RFC 3986
   *     allows unencoded there and there is no fragment
   */
  static Optional<String> problem(URI target) {
    if (target.getRawFragment() != null) {
      return Optional.of("the request target holds a raw '#'; a client never sends a fragment:"
          + " write '#' in a value as %23");
    }
    Optional<String> path = firstDisallowed(target.getRawPath(), false);
    if (path.isPresent()) {
      return Optional.of("the path holds " + path.get() + ", which RFC 3986 does not allow"
          + " unencoded; percent-encode it as UTF-8 bytes (%XX)");
    }
    return firstDisallowed(target.getRawQuery(), true).map(c -> "the query holds " + c
        + ", which RFC 3986 does not allow unencoded; percent-encode it as UTF-8 bytes (%XX)");
  }

  private static Optional<String> firstDisallowed(String raw, boolean query) {
    if (raw == null) {
      return Optional.empty();
    }
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!isAllowed(c, query)) {
        return Optional.of(c >= 0x21 && c < 0x7F ? "'" + c + "'"
            : String.format("the byte 0x%02X", (int) c & 0xFF));
      }
    }
    return Optional.empty();
  }

  /**
   * RFC 3986 section 3.3 {@code pchar} plus {@code /} (and section 3.4: {@code ?} in a query);
   * {@code %} starts an escape, which the JDK has already checked.
   */
  static boolean isAllowed(char c, boolean query) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || "-._~!$&'()*+,;=:@/%".indexOf(c) >= 0 || (query && c == '?');
  }
}
