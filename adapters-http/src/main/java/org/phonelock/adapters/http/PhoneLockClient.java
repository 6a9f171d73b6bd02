package org.phonelock.adapters.http;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import org.phonelock.application.port.in.LockPhones;
import org.phonelock.application.port.in.UnlockPhones;
import org.phonelock.application.port.out.ApplyPhoneLockPort;
import org.phonelock.application.service.LockPhonesService;
import org.phonelock.application.service.UnlockPhonesService;
import org.phonelock.domain.Credentials;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;

/**
 * A client of one Phone Lock server, authenticated as one account: the entry point for embedding
 * phonelock in another program. Thread-safe; close it when done.
 *
 * <pre>{@code
 * try (PhoneLockClient client =
 *     PhoneLockClient.builder(URI.create("https://ucx.example.com"), credentials).build()) {
 *   PhoneLockResult result =
 *       client.lockPhones().lock(PhoneLockCommand.matching(Filter.builder().put(DEPARTMENT, "R&D").build()));
 * }
 * }</pre>
 *
 * <p>Each action is one {@code PUT {server}/fw/Apps/StoneLock/WebAPI/Phones/Lock} (or {@code
 * Unlock}) with no body, {@code Accept: *}{@code /*}, preemptive UTF-8 Basic authentication and
 * the filters as percent-encoded query parameters (vendor page; api-contract.md, "Endpoints",
 * "Authentication", "Filters"). Requests without an answer, and {@code 429}/{@code 502}/{@code
 * 503}/{@code 504} answers, are retried with backoff (see {@link Builder#retries}).
 *
 * <p>The client is where the application's use cases ({@link LockPhonesService}, {@link
 * UnlockPhonesService}) meet this server's outgoing port: they call the port, never back into the
 * client.
 */
public final class PhoneLockClient implements AutoCloseable {
  private final ServerAddress server;
  private final Credentials credentials;
  private final HttpPhoneLockPort port;
  private final LockPhones lockPhones;
  private final UnlockPhones unlockPhones;

  PhoneLockClient(
      ServerAddress server,
      Credentials credentials,
      JerseyTransport transport,
      RetryingSender sender) {
    this.server = server;
    this.credentials = credentials;
    this.port = new HttpPhoneLockPort(server, credentials, transport, sender);
    // The use cases of the application, composed here with this server's outgoing port.
    this.lockPhones = new LockPhonesService(port);
    this.unlockPhones = new UnlockPhonesService(port);
  }

  /**
   * Starts building a client.
   *
   * @param server the server's base URL: {@code http://host} or {@code https://host[:port]},
   *     optionally with a path prefix and a trailing slash
   * @param credentials the account whose Phone Lock permission the actions use
   * @return a builder with the defaults: 10 s connect timeout, 30 s read timeout, 2 retries,
   *     system trust store, log lines to slf4j at debug level
   * @throws IllegalArgumentException when {@code server} is not such a URL (user info redacted in
   *     the message)
   */
  public static Builder builder(URI server, Credentials credentials) {
    return new Builder(ServerAddress.of(server), requireNonNull(credentials, "credentials"));
  }

  /**
   * The lock use case ({@link LockPhones#lock}) against this server and account.
   *
   * @return the use case; each {@code lock} is one request, retried as configured; it returns
   *     {@code Applied} (any 2xx; counts when the body holds them), {@code AuthenticationFailed}
   *     (401), {@code PermissionDenied} (403), {@code Refused} (other 4xx, or a redirect, which
   *     is not followed) or {@code ServerError} (5xx, 429, after retries), and throws {@link
   *     org.phonelock.application.port.out.PhoneLockServerUnavailableException} when no HTTP
   *     answer arrived after the retries (the message names the server and the cause, never the
   *     credentials), or IllegalStateException once the client is closed
   */
  public LockPhones lockPhones() {
    return lockPhones;
  }

  /**
   * The unlock use case ({@link UnlockPhones#unlock}), as {@link #lockPhones()}.
   *
   * @return the use case
   */
  public UnlockPhones unlockPhones() {
    return unlockPhones;
  }

  /**
   * The outgoing port itself, for application services that send many actions, such as {@link
   * org.phonelock.application.service.BulkPhoneLock}: {@code apply(action, filter)} sends one
   * action exactly as {@link #lockPhones()} does; the empty filter acts on every line the account
   * can see.
   *
   * @return the port, valid until the client is closed
   */
  public ApplyPhoneLockPort port() {
    return port;
  }

  /**
   * The request an action would send, without sending anything (for {@code --dry-run}).
   *
   * @param action lock or unlock
   * @param filter the filters
   * @return method {@code PUT}, the full URI and the header lines the adapter sets ({@code
   *     Authorization} redacted); the HTTP stack adds only {@code Host}, {@code User-Agent} and
   *     {@code Connection}
   */
  public RequestPreview preview(PhoneLockAction action, Filter filter) {
    return port.preview(action, filter);
  }

  /**
   * The endpoint of an action on this server, without query.
   *
   * @param action lock or unlock
   * @return e.g. {@code https://ucx.example.com/fw/Apps/StoneLock/WebAPI/Phones/Lock}
   */
  public URI endpoint(PhoneLockAction action) {
    return server.endpoint(action);
  }

  /** Releases the HTTP connections; later actions throw IllegalStateException. */
  @Override
  public void close() {
    port.close();
  }

  /**
   * Shows the server and user name, never the password.
   *
   * @return {@code PhoneLockClient[server=URL, user=NAME]}
   */
  @Override
  public String toString() {
    return "PhoneLockClient[server=" + server + ", user=" + credentials.username() + "]";
  }

  /**
   * Collects the settings of a {@link PhoneLockClient}. Each setter checks its argument at once;
   * {@link #build()} checks how they combine. Not thread-safe.
   */
  public static final class Builder {
    private final ClientSettings settings;

    private Builder(ServerAddress server, Credentials credentials) {
      this.settings = new ClientSettings(server, credentials);
    }

    /**
     * Sets the longest wait for a connection (TCP, and TLS for https).
     *
     * @param timeout 1 ms or more; default 10 seconds
     * @return this builder
     * @throws IllegalArgumentException when {@code timeout} is below 1 ms or above about 24 days
     */
    public Builder connectTimeout(Duration timeout) {
      settings.connectTimeout = ClientSettings.checkTimeout("connect timeout", timeout);
      return this;
    }

    /**
     * Sets the longest wait for data from a connected server, per read.
     *
     * @param timeout 1 ms or more; default 30 seconds
     * @return this builder
     * @throws IllegalArgumentException when {@code timeout} is below 1 ms or above about 24 days
     */
    public Builder readTimeout(Duration timeout) {
      settings.readTimeout = ClientSettings.checkTimeout("read timeout", timeout);
      return this;
    }

    /**
     * Sets how many times a request is sent again after no answer or a {@code 429}, {@code 502},
     * {@code 503} or {@code 504} (PUT is idempotent). Waits grow exponentially from 0.5 s up to 8
     * s with full jitter; a {@code Retry-After} (seconds or HTTP date) is honoured up to 120 s, and
     * a longer one ends the retries.
     *
     * @param retries 0 to 10; default 2 (so up to three tries)
     * @return this builder
     * @throws IllegalArgumentException when {@code retries} is outside 0..10
     */
    public Builder retries(int retries) {
      RetryPolicy.checkRetries(retries);
      settings.retries = retries;
      return this;
    }

    /**
     * Trusts exactly the certificates of a CA file, instead of the system trust store, for an
     * {@code https://} server (like {@code curl --cacert}). Host names are still verified.
     *
     * @param pem a file of one or more PEM certificates; read by {@link #build()}
     * @return this builder
     */
    public Builder caFile(Path pem) {
      settings.caFile = Optional.of(pem);
      return this;
    }

    /**
     * Turns certificate and host name verification off for an {@code https://} server. Anyone
     * between client and server can then read the credentials: for tests only.
     *
     * @param insecure true to verify nothing; default false
     * @return this builder
     */
    public Builder insecure(boolean insecure) {
      settings.insecure = insecure;
      return this;
    }

    /**
     * Sets where request and response lines go: {@code > PUT <uri> HTTP/1.1}, {@code > Accept:
     * *}{@code /*}, {@code > Authorization: Basic <redacted>}, {@code < HTTP/1.1 200 OK}, and
     * {@code * ...} lines about retries. No line ever holds a secret.
     *
     * @param log receives each line; default: slf4j logger {@code
     *     org.phonelock.adapters.http.PhoneLockClient} at debug level
     * @return this builder
     */
    public Builder requestLog(Consumer<String> log) {
      settings.requestLog = requireNonNull(log, "log");
      return this;
    }

    /**
     * Sets where one line per retry goes, written before the wait so that a person watching a
     * long series of retries knows what the client is doing, e.g. {@code no answer to PUT
     * https://ucx/fw/Apps/StoneLock/WebAPI/Phones/Lock (ConnectException: Connection refused);
     * retry 2 of 10 in 1.4 s} or {@code PUT https://ucx/... answered 503; retry 1 of 2 in 0.3 s}.
     * No line ever holds a secret.
     *
     * @param log receives each line; default: slf4j logger {@code
     *     org.phonelock.adapters.http.PhoneLockClient} at debug level
     * @return this builder
     */
    public Builder retryLog(Consumer<String> log) {
      settings.retryLog = requireNonNull(log, "log");
      return this;
    }

    /**
     * Makes the client.
     *
     * @return the client; close it when done
     * @throws CaFileException (an {@code IllegalArgumentException}) when a CA file and insecure
     *     mode are both set, when a CA file is set for an {@code http://} server, or, naming the
     *     file, when the CA file holds no PEM certificate
     * @throws java.io.UncheckedIOException naming the file when the CA file cannot be read
     */
    public PhoneLockClient build() {
      // HttpURLConnection, under Jersey, would log the Authorization header at FINE.
      JdkHttpLogging.neverLogHeaders();
      return settings.build();
    }

    /** For tests: waits without sleeping. */
    Builder sleeper(RetryingSender.Sleeper sleeper) {
      settings.sleeper = requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** For tests: a fixed jitter. */
    Builder random(DoubleSupplier random) {
      settings.random = requireNonNull(random, "random");
      return this;
    }

    /** For tests: the time {@code Retry-After} dates are compared with. */
    Builder clock(Clock clock) {
      settings.clock = requireNonNull(clock, "clock");
      return this;
    }
  }
}
