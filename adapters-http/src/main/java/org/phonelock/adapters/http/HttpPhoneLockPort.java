package org.phonelock.adapters.http;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.out.ApplyPhoneLockPort;
import org.phonelock.domain.Credentials;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterQuery;
import org.phonelock.domain.PhoneLockAction;

/**
 * The outgoing port over HTTP: one {@code PUT {server}/fw/Apps/StoneLock/WebAPI/Phones/Lock} (or
 * {@code Unlock}) per attempt, with no body, {@code Accept: *}{@code /*}, preemptive UTF-8 Basic
 * authentication and the filters as percent-encoded query parameters (vendor page;
 * api-contract.md, "Endpoints", "Authentication", "Filters"), retried by {@link RetryingSender}.
 */
final class HttpPhoneLockPort implements ApplyPhoneLockPort {
  private final ServerAddress server;
  private final Secrets secrets;
  private final JerseyTransport transport;
  private final RetryingSender sender;

  HttpPhoneLockPort(ServerAddress server, Credentials credentials, JerseyTransport transport,
      RetryingSender sender) {
    this.server = server;
    this.secrets = new Secrets(credentials, BasicAuthentication.headerValue(credentials));
    this.transport = transport;
    this.sender = sender;
  }

  @Override
  public PhoneLockResult apply(PhoneLockAction action, Filter filter) {
    requireNonNull(action, "action");
    requireNonNull(filter, "filter");
    URI uri = server.request(action, FilterQuery.encode(filter));
    RetryingSender.Sent sent =
        sender.send("PUT " + server.endpoint(action), () -> transport.put(uri, secrets));
    return ResponseMapper.map(sent.answer(), sent.retries(), action, filter, secrets);
  }

  RequestPreview preview(PhoneLockAction action, Filter filter) {
    requireNonNull(action, "action");
    requireNonNull(filter, "filter");
    return new RequestPreview(
        "PUT",
        server.request(action, FilterQuery.encode(filter)),
        JerseyTransport.redactedHeaderLines());
  }

  void close() {
    transport.close();
  }
}
