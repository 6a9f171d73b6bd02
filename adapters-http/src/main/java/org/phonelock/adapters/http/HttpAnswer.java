package org.phonelock.adapters.http;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The parts of one HTTP answer that the adapter uses.
 *
 * @param status the status code, e.g. 200
 * @param reason the reason phrase as sent, possibly empty; server text, never trusted
 * @param retryAfter the {@code Retry-After} header, when sent
 * @param location the {@code Location} header, when sent
 * @param body the body decoded as text (charset of the {@code Content-Type}, else UTF-8), at most
 *     {@link JerseyTransport#MAX_BODY_BYTES} bytes of it; empty when none was sent
 */
record HttpAnswer(
    int status, String reason, Optional<String> retryAfter, Optional<String> location, String body) {
  HttpAnswer {
    requireNonNull(reason, "reason");
    requireNonNull(retryAfter, "retryAfter");
    requireNonNull(location, "location");
    requireNonNull(body, "body");
  }
}
