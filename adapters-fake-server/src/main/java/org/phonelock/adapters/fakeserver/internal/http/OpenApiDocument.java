package org.phonelock.adapters.fakeserver.internal.http;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI 3 description of the Phone Lock API and the fake-only admin API, bundled as the
 * resource {@code openapi.yaml} and served at {@code GET /__fake/openapi.yaml}, so that users can
 * generate clients in other languages.
 */
public final class OpenApiDocument {
  /** The path after {@link AdminEndpoints#PREFIX}. */
  public static final String ROUTE = "openapi.yaml";
  /** The media type of the document (RFC 9512). */
  public static final String CONTENT_TYPE = "application/yaml; charset=utf-8";

  // Absolute: the resource stays beside the public API, where the CI lint and users find it.
  private static final String RESOURCE = "/org/phonelock/adapters/fakeserver/openapi.yaml";
  private static final String TEXT = load();

  private OpenApiDocument() {}

  /**
   * The document.
   *
   * @return the YAML text
   */
  public static String text() {
    return TEXT;
  }

  /**
   * The reply of {@code GET /__fake/openapi.yaml}.
   *
   * @return 200 with the YAML text
   */
  public static Reply reply() {
    return Reply.text(200, CONTENT_TYPE, TEXT);
  }

  private static String load() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + RESOURCE + " is missing");
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + RESOURCE, e);
    }
  }
}
