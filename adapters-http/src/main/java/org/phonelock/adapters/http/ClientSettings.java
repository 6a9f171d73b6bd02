package org.phonelock.adapters.http;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import org.phonelock.domain.Credentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What {@link PhoneLockClient.Builder} collects, and how a client is made from it. */
final class ClientSettings {
  private static final Logger LOG = LoggerFactory.getLogger(PhoneLockClient.class);

  final ServerAddress server;
  final Credentials credentials;
  Duration connectTimeout = Duration.ofSeconds(10);
  Duration readTimeout = Duration.ofSeconds(30);
  int retries = RetryPolicy.DEFAULT_RETRIES;
  Optional<Path> caFile = Optional.empty();
  boolean insecure;
  Consumer<String> requestLog = LOG::debug;
  Consumer<String> retryLog = LOG::debug;
  RetryingSender.Sleeper sleeper = RetryingSender.THREAD_SLEEP;
  DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
  Clock clock = Clock.systemUTC();

  ClientSettings(ServerAddress server, Credentials credentials) {
    this.server = server;
    this.credentials = credentials;
  }

  /**
   * Checks a timeout.
   *
   * @param name {@code connect timeout} or {@code read timeout}, for the message
   * @param timeout the value given
   * @return the value
   * @throws IllegalArgumentException naming the setting and value unless it lies between 1 ms and
   *     {@code Integer.MAX_VALUE} ms (what {@code HttpURLConnection} takes; 0 would mean forever)
   */
  static Duration checkTimeout(String name, Duration timeout) {
    requireNonNull(timeout, name);
    if (timeout.compareTo(Duration.ofMillis(1)) < 0
        || timeout.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0) {
      throw new IllegalArgumentException(
          name + " " + timeout + " is out of range; accepted: 1 ms to " + Integer.MAX_VALUE
              + " ms (about 24 days)");
    }
    return timeout;
  }

  /**
   * Makes the client.
   *
   * @return the client
   * @throws CaFileException when a CA file and insecure mode are both set, when a CA file
   *     is set for an {@code http://} server, or when the CA file holds no certificate
   * @throws java.io.UncheckedIOException when the CA file cannot be read
   */
  PhoneLockClient build() {
    boolean https = server.base().getScheme().equals("https");
    if (caFile.isPresent() && insecure) {
      throw new CaFileException(
          "both a CA file (" + caFile.get() + ") and insecure mode are set; choose one: the CA"
              + " file verifies the server, insecure mode verifies nothing");
    }
    if (caFile.isPresent() && !https) {
      throw new CaFileException(
          "a CA file (" + caFile.get() + ") is set, but the server " + server + " uses http,"
              + " which has no certificate to check; use an https:// URL or drop the CA file");
    }
    Optional<SSLContext> ssl =
        insecure ? Optional.of(TlsContexts.trustingEverything()) : caFile.map(TlsContexts::trusting);
    Optional<HostnameVerifier> hostNames =
        insecure ? Optional.of(TlsContexts.ANY_HOST_NAME) : Optional.empty();
    JerseyTransport transport =
        new JerseyTransport(
            JerseyClients.create(connectTimeout, readTimeout, ssl, hostNames), requestLog);
    RetryingSender sender =
        new RetryingSender(
            RetryPolicy.withRetries(retries), sleeper, random, clock, requestLog, retryLog);
    return new PhoneLockClient(server, credentials, transport, sender);
  }
}
