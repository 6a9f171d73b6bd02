package org.phonelock.adapters.http;

import java.net.URI;
import org.phonelock.domain.PhoneLockAction;
import org.phonelock.domain.ServerUrl;

/** A checked server URL ({@link ServerUrl}) and the endpoint URLs under it. */
final class ServerAddress {
  /** The path under the server's base URL, before {@code Lock} or {@code Unlock} (vendor page). */
  static final String ENDPOINT_PATH = "/fw/Apps/StoneLock/WebAPI/Phones/";

  private final URI base;

  private ServerAddress(URI base) {
    this.base = base;
  }

  /**
   * Checks {@code server} by the one rule for server URLs ({@link ServerUrl#of}).
   *
   * @param server e.g. {@code https://ucx.example.com:8443} or {@code http://proxy/imagicle/}
   * @return the address
   * @throws IllegalArgumentException naming the URL (user info redacted) and what is accepted
   */
  static ServerAddress of(URI server) {
    return new ServerAddress(ServerUrl.of(server).base());
  }

  /**
   * The base URL, without trailing slash.
   *
   * @return e.g. {@code https://ucx.example.com:8443}
   */
  URI base() {
    return base;
  }

  /**
   * The endpoint of one action.
   *
   * @param action lock or unlock
   * @return the base URL followed by {@code /fw/Apps/StoneLock/WebAPI/Phones/Lock} or {@code
   *     .../Unlock}
   */
  URI endpoint(PhoneLockAction action) {
    return URI.create(base + ENDPOINT_PATH + action.endpointName());
  }

  /**
   * The full request URL of one action.
   *
   * @param action lock or unlock
   * @param rawQuery an already percent-encoded query, possibly empty (then no {@code ?} is added)
   * @return the endpoint, followed by {@code ?rawQuery} when the query is not empty
   */
  URI request(PhoneLockAction action, String rawQuery) {
    URI endpoint = endpoint(action);
    return rawQuery.isEmpty() ? endpoint : URI.create(endpoint + "?" + rawQuery);
  }

  @Override
  public String toString() {
    return base.toString();
  }
}
