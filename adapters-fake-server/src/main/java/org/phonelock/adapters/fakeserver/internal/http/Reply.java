package org.phonelock.adapters.fakeserver.internal.http;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;

/**
 * One HTTP response of the fake server, before it is written. Error bodies follow
 * api-contract.md, "Responses": JSON {@code {"error":"...","message":"..."}}, no stack trace, no
 * credentials.
 *
 * @param status the HTTP status code
 * @param headers extra response headers (Content-Type {@code application/json; charset=utf-8} is
 *     added when there is a body and no Content-Type here)
 * @param body the JSON body, or {@code ""} for none
 */
public record Reply(int status, ImmutableMap<String, String> headers, String body) {
  public Reply {
    requireNonNull(headers, "headers");
    requireNonNull(body, "body");
  }

  /**
   * A JSON reply.
   *
   * @param status the HTTP status code
   * @param value what to serialize with Jackson ({@link Json#write})
   * @return the reply
   */
  public static Reply json(int status, Object value) {
    return new Reply(status, ImmutableMap.of(), Json.write(value));
  }

  /**
   * A reply with a body that is not JSON.
   *
   * @param status the HTTP status code
   * @param contentType the {@code Content-Type} header, e.g. {@code application/yaml;
   *     charset=utf-8}
   * @param text the body, sent as UTF-8
   * @return the reply
   */
  public static Reply text(int status, String contentType, String text) {
    return new Reply(status, ImmutableMap.of("Content-Type", contentType), text);
  }

  /**
   * An error reply.
   *
   * @param status the HTTP status code, 4xx or 5xx
   * @param error a short code such as {@code invalid_filter}
   * @param message what went wrong and what would be accepted; never a secret
   * @return the reply
   */
  public static Reply error(int status, String error, String message) {
    return json(status, new ErrorBody(error, message));
  }

  /**
   * A reply without body.
   *
   * @param status the HTTP status code, e.g. 204
   * @return the reply
   */
  public static Reply empty(int status) {
    return new Reply(status, ImmutableMap.of(), "");
  }

  /**
   * This reply with one more header.
   *
   * @param name the header name
   * @param value the header value
   * @return a new reply
   */
  public Reply withHeader(String name, String value) {
    return new Reply(status, ImmutableMap.<String, String>builder().putAll(headers)
        .put(name, value).buildOrThrow(), body);
  }

  /** The JSON error body of api-contract.md, "Responses". */
  public record ErrorBody(String error, String message) implements Json.Streamed {
    /** Writes {@code {"error":"...","message":"..."}}, in that order. */
    @Override
    public void writeTo(JsonGenerator json) throws IOException {
      json.writeStartObject();
      json.writeStringField("error", error);
      json.writeStringField("message", message);
      json.writeEndObject();
    }
  }
}
