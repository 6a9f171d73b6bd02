package org.phonelock.adapters.http;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.ClientProperties;

/** Builds the Jersey client that {@link JerseyTransport} sends with. */
final class JerseyClients {
  /**
   * Without jersey-hk2, which is left out because booting HK2 was the largest part of the CLI's
   * start-up (docs/benchmarks.md, B4), Jersey 3.1+ runs the client on its injection-less {@code
   * NonInjectionManager} and logs a WARNING through this logger for every client ("Jersey-HK2
   * module is missing. Falling back to injection-less client": {@code
   * ClientConfig.State.findInjectionManager}, https://github.com/eclipse-ee4j/jersey/pull/5685).
   * Nothing here is injected, so the warning would only alarm users: this one logger is raised to
   * SEVERE unless the application set its level. Jersey's own cure, the incubator module
   * jersey-injectless-client, is not published for 4.0.2. Held in a field because
   * java.util.logging keeps loggers only weakly, and would forget the level.
   */
  static final Logger NON_INJECTION_LOG =
      Logger.getLogger("org.glassfish.jersey.client.innate.inject.NonInjectionManager");

  static {
    if (NON_INJECTION_LOG.getLevel() == null) {
      NON_INJECTION_LOG.setLevel(Level.SEVERE);
    }
  }

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
            // Requests have no body and answers are read as bytes, so Jersey's optional default
            // providers (DataSource, XML Source, RenderedImage) are not needed: left out, they
            // neither load their classes nor warn that jakarta.activation is missing
            // (CommonProperties.PROVIDER_DEFAULT_DISABLE, Jersey 2.30+).
            .property(CommonProperties.PROVIDER_DEFAULT_DISABLE, "ALL")
            .register(JerseyTransport.NO_BODY);
    sslContext.ifPresent(builder::sslContext);
    hostnameVerifier.ifPresent(builder::hostnameVerifier);
    return builder.build();
  }
}
