package org.phonelock.adapters.http;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.ClientProperties;

/** Builds the Jersey client that {@link JerseyTransport} sends with. */
final class JerseyClients {
  private JerseyClients() {}

  /**
   * A client for the Phone Lock API.
   *
   * @param connectTimeout the longest wait for a TCP (and TLS) connection, positive
   * @param readTimeout the longest wait for data once connected, positive
   * @param sslContext the TLS context, or empty for the JDK's default (system trust store)
   * @param hostnameVerifier the host name check, or empty for the JDK's standard check
   * @return the client; redirects are not followed, so that the {@code Authorization} header is
   *     never sent to another address
   */
  static Client create(
      Duration connectTimeout,
      Duration readTimeout,
      Optional<SSLContext> sslContext,
      Optional<HostnameVerifier> hostnameVerifier) {
    ClientBuilder builder =
        ClientBuilder.newBuilder()
            .withConfig(new ClientConfig().connectorProvider(SingleRequestConnector.PROVIDER))
            .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
            .property(ClientProperties.FOLLOW_REDIRECTS, false)
            .register(JerseyTransport.NO_BODY);
    sslContext.ifPresent(builder::sslContext);
    hostnameVerifier.ifPresent(builder::hostnameVerifier);
    return builder.build();
  }
}
