package org.phonelock.adapters.fakeserver.internal.http;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The browser console at {@code GET /__fake/}: one HTML page with its style and script inline, so
 * it needs nothing but the fake server (no network, no build step). The page reads and changes
 * the server only through the other {@code /__fake/} endpoints.
 *
 * <p>Its Content-Security-Policy allows exactly the page's own style and script, by hash, and
 * requests to this server only (CSP Level 3, "hash-source"): should a value ever reach the page
 * as markup, a script in it would not run.
 */
final class ConsolePage {
  /** The path after {@link AdminEndpoints#PREFIX}: the console is the prefix itself. */
  public static final String ROUTE = "";

  private static final String RESOURCE = "/org/phonelock/adapters/fakeserver/console.html";
  private static final String HTML = load();
  private static final String POLICY = "default-src 'none'; connect-src 'self'; img-src data:;"
      + " style-src '" + hashOf("style") + "'; script-src '" + hashOf("script") + "';"
      + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private ConsolePage() {}

  public static String html() {
    return HTML;
  }

  /** The reply of {@code GET /__fake/}. */
  public static Reply reply() {
    return Reply.text(200, "text/html; charset=utf-8", HTML)
        .withHeader("Content-Security-Policy", POLICY)
        .withHeader("X-Content-Type-Options", "nosniff")
        .withHeader("Cache-Control", "no-store");
  }

  /** The CSP hash-source of the one element {@code <tag>...</tag>} of the page. */
  private static String hashOf(String tag) {
    int open = HTML.indexOf("<" + tag + ">");
    int close = HTML.indexOf("</" + tag + ">");
    if (open < 0 || close < open || HTML.indexOf("<" + tag + ">", open + 1) >= 0) {
      throw new IllegalStateException(RESOURCE + " must hold exactly one <" + tag + "> element");
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(HTML.substring(open + tag.length() + 2, close).getBytes(UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String load() {
    try (InputStream in = ConsolePage.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + RESOURCE + " is missing");
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + RESOURCE, e);
    }
  }
}
