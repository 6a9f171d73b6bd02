package org.phonelock.adapters.fakeserver.internal.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.http.HttpURI;

/**
 * Checks the raw request target before anything reads it (api-contract.md, "Filters": a raw
 * {@code #} or any byte RFC 3986 does not allow unencoded in a path or query gets 400, never a
 * partial reading). HTTP parsers read a raw {@code #} as the start of a fragment, so without this
 * {@code ?department=R#D} would act on department {@code R}.
 */
final class RequestTarget {
  private RequestTarget() {}

  /**
   * The target of a request, or why it is refused. The listener lets every target through to
   * here ({@code UriCompliance.UNSAFE}, {@link HttpListener}), so that these checks, not Jetty's,
   * decide and word the 400.
   *
   * @param target the request target as Jetty split it, raw (not decoded)
   * @return the target as a {@link URI} with raw path and query as sent, or the reason to refuse
   *     it: a fragment, a byte RFC 3986 does not allow unencoded, a malformed {@code %} escape
   */
  public static Parsed parse(HttpURI target) {
    String rawPath = target.getPath() == null ? "" : target.getPath();
    if (rawPath.equals("*")) {
      return new Parsed(URI.create(""), null); // OPTIONS *: no path, no query
    }
    Optional<String> problem = problem(rawPath, target.getQuery(), target.getFragment() != null);
    if (problem.isPresent()) {
      return new Parsed(null, problem.get());
    }
    try {
      return new Parsed(new URI(rawPath + (target.getQuery() == null ? "" : "?"
          + target.getQuery())), null);
    } catch (URISyntaxException e) {
      // Every byte was checked above: only a malformed escape gets here, e.g. %zz or a lone %.
      return new Parsed(null, "the request target holds a '%' not followed by two hexadecimal"
          + " digits; write '%' itself as %25");
    }
  }

  /**
   * The path requests are routed on and journaled with: the path as sent, with the escapes of
   * unreserved characters decoded (RFC 3986, section 2.3: {@code %4C} and {@code L} are the same
   * URI, and section 6.2.2.2 normalizes them so) and every other escape kept, its hex digits in
   * capitals (section 6.2.2.1). So an encoded {@code /} ({@code %2F}) never becomes a separator:
   * {@code .../Phones%2FLock} is not the Lock endpoint (api-contract.md, "Endpoints" names the
   * paths; any other path gets 404, "Responses"). Nothing else is normalized either: dot segments,
   * empty segments and a trailing {@code /} stay, and so name no endpoint.
   *
   * @param rawPath the path as sent, whose escapes {@link #parse} found well-formed
   * @return the path to route on
   */
  public static String routingPath(String rawPath) {
    if (rawPath.indexOf('%') < 0) {
      return rawPath;
    }
    StringBuilder path = new StringBuilder(rawPath.length());
    for (int i = 0; i < rawPath.length(); i++) {
      char c = rawPath.charAt(i);
      if (c != '%' || i + 2 >= rawPath.length()
          || Character.digit(rawPath.charAt(i + 1), 16) < 0
          || Character.digit(rawPath.charAt(i + 2), 16) < 0) {
        path.append(c); // not an escape (parse refuses these; kept as sent all the same)
        continue;
      }
      char decoded = (char) Integer.parseInt(rawPath.substring(i + 1, i + 3), 16);
      if (isUnreserved(decoded)) {
        path.append(decoded);
      } else {
        path.append('%').append(rawPath.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
      }
      i += 2;
    }
    return path.toString();
  }

  /** RFC 3986, section 2.3: ALPHA / DIGIT / "-" / "." / "_" / "~". */
  private static boolean isUnreserved(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }

  /**
   * A request target read, or why it is refused.
   *
   * @param uri the target, or null when refused
   * @param problem why it is refused, or null
   */
  public record Parsed(URI uri, String problem) {}

  /**
   * What is wrong with a request target.
   *
   * @param rawPath the path as sent
   * @param rawQuery the query as sent, without {@code ?}, or null
   * @param fragment whether the target held a {@code #}
   * @return the reason to refuse it, or empty when path and query hold only characters RFC 3986
   *     allows unencoded there and there is no fragment
   */
  public static Optional<String> problem(String rawPath, String rawQuery, boolean fragment) {
    if (fragment) {
      return Optional.of("the request target holds a raw '#'; a client never sends a fragment:"
          + " write '#' in a value as %23");
    }
    Optional<String> path = firstDisallowed(rawPath, false);
    if (path.isPresent()) {
      return Optional.of("the path holds " + path.get() + ", which RFC 3986 does not allow"
          + " unencoded; percent-encode it as UTF-8 bytes (%XX)");
    }
    return firstDisallowed(rawQuery, true).map(c -> "the query holds " + c
        + ", which RFC 3986 does not allow unencoded; percent-encode it as UTF-8 bytes (%XX)");
  }

  private static Optional<String> firstDisallowed(String raw, boolean query) {
    if (raw == null) {
      return Optional.empty();
    }
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!isAllowed(c, query)) {
        return Optional.of(describe(c));
      }
    }
    return Optional.empty();
  }

  /**
   * Names a refused character by what the client sent. Jetty reads the request line as UTF-8,
   * so a non-ASCII character is named by its first UTF-8 byte, and a byte that is not UTF-8 at
   * all (Jetty's U+FFFD) as such.
   */
  private static String describe(char c) {
    if (c >= 0x21 && c < 0x7F) {
      return "'" + c + "'";
    }
    if (c == '\uFFFD') {
      return "a byte that is not ASCII (nor valid UTF-8)";
    }
    byte first = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)[0];
    return String.format("the byte 0x%02X", first & 0xFF);
  }

  /**
   * RFC 3986 section 3.3 {@code pchar} plus {@code /} (and section 3.4: {@code ?} in a query);
   * {@code %} starts an escape, which {@link #parse} checks.
   */
  public static boolean isAllowed(char c, boolean query) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || "-._~!$&'()*+,;=:@/%".indexOf(c) >= 0 || (query && c == '?');
  }
}
