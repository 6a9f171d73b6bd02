package org.phonelock.adapters.fakeserver;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.base.Throwables;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.Uninterruptibles;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import org.phonelock.adapters.fakeserver.internal.http.AdminApi;
import org.phonelock.adapters.fakeserver.internal.http.AdminEndpoints;
import org.phonelock.adapters.fakeserver.internal.http.ApiExchangeHandler;
import org.phonelock.adapters.fakeserver.internal.http.FakeServerHttpHandler;
import org.phonelock.adapters.fakeserver.internal.http.HttpListener;
import org.phonelock.adapters.fakeserver.internal.http.PhoneLockEndpoint;
import org.phonelock.adapters.fakeserver.internal.state.FakeServerState;
import org.phonelock.adapters.fakeserver.internal.state.Verification;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-memory fake of the Imagicle Phone Lock REST API on a real HTTP listener (Jetty 12 core,
 * shaded into this jar), implementing api-contract.md: {@code PUT /fw/Apps/StoneLock/WebAPI/Phones/Lock}
 * and {@code .../Unlock} with HTTP Basic authentication, permissions, visibility and filters, plus
 * a fake-only admin API under {@code /__fake/} without authentication: {@code GET lines}, {@code
 * GET journal}, {@code POST reset}, {@code PUT directory}, {@code GET|POST|DELETE faults}, {@code
 * POST verify}, each with a Java method here, {@code GET openapi.yaml}, the OpenAPI 3
 * description of both, and {@code GET /__fake/}, a console for a browser.
 * Every request gets an answer (a JSON 400 for anything malformed) or, when its header is not
 * complete within the header timeout, a close; waiting connections hold no thread, and the
 * listener uses at most 32 request threads however many clients connect. Thread-safe.
 *
 * <pre>{@code
 * try (FakePhoneLockServer server = FakePhoneLockServer.builder().start()) {
 *   URI base = server.baseUri(); // e.g. http://127.0.0.1:41234
 * }
 * }</pre>
 */
public final class FakePhoneLockServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FakePhoneLockServer.class);
  /** The default of {@link Builder#headerTimeout}. */
  public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
  /**
   * How long a kept-alive connection may stay silent between requests, or a started exchange
   * without a byte in or out (but for a delay fault), before the server closes it.
   */
  public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
  /** The longest {@link Builder#headerTimeout}. */
  public static final Duration LONGEST_HEADER_TIMEOUT = Duration.ofMinutes(10);

  private final FakeServerState state;
  private final HttpListener listener;
  private final AtomicBoolean closed = new AtomicBoolean();

  private FakePhoneLockServer(Builder builder) throws IOException {
    // The first read of the sample directory (CSV parsing, a digest per password) runs on
    // another thread while Jetty is set up on this one: in a fresh JVM both are mostly class
    // loading, and a test JVM has a second core (docs/benchmarks.md, B2). Later starts reuse
    // the sample already read.
    Future<UserDirectory> directory = builder.directory != null
        ? Futures.immediateFuture(builder.directory)
        : readSample();
    HttpListener listener = new HttpListener(builder.host, builder.port, builder.headerTimeout,
        IDLE_TIMEOUT);
    UserDirectory users = await(directory);
    this.state = FakeServerState.of(users);
    PhoneLockEndpoint api = new PhoneLockEndpoint(state::authenticator);
    // The admin routes (console page, OpenAPI text, a dozen handlers) are built on the first
    // admin request: most test classes only send Phone Lock requests (docs/benchmarks.md, B2).
    Supplier<AdminEndpoints> admin = Suppliers.memoize(() -> AdminApi.routes(state));
    listener.start((deadlines, timers) -> new FakeServerHttpHandler(
        new ApiExchangeHandler(api, state, timers), admin, deadlines));
    this.listener = listener;
    LOG.info("fake Phone Lock server listening on {} with {}", baseUri(), users);
  }

  /** {@link UserDirectory#sample()}, on a thread of its own the first time in this JVM. */
  private static Future<UserDirectory> readSample() {
    if (UserDirectory.sampleRead()) {
      return Futures.immediateFuture(UserDirectory.sample());
    }
    FutureTask<UserDirectory> read = new FutureTask<>(UserDirectory::sample);
    // Not named like the listener's threads, which tests count; it ends once the sample is read.
    Thread thread = new Thread(read, "sample-directory-reader (fake Phone Lock server)");
    thread.setDaemon(true);
    thread.start();
    return read;
  }

  /** The directory, once read; what reading it threw, thrown here. */
  private static UserDirectory await(Future<UserDirectory> directory) {
    try {
      return Uninterruptibles.getUninterruptibly(directory);
    } catch (ExecutionException e) {
      Throwables.throwIfUnchecked(e.getCause());
      throw new IllegalStateException("cannot read the sample directory", e.getCause());
    }
  }

  /**
   * A builder with the defaults: sample directory, {@code 127.0.0.1}, a free port.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Where the server listens, for clients.
   *
   * @return {@code http://<bind address>:<port>}, without trailing slash
   */
  public URI baseUri() {
    return listener.baseUri();
  }

  /**
   * The current state of every phone line ({@code GET /__fake/lines}, which also takes the Phone
   * Lock filters).
   *
   * @return a snapshot, one entry per line, in directory order
   */
  public List<LineState> lines() {
    return state.lines();
  }

  /**
   * The most recent Phone Lock requests ({@code GET /__fake/journal}), at most 10,000.
   *
   * @return a snapshot in arrival order (by {@link JournalEntry#sequence()}), each entry with
   *     the filters its query holds or why they could not be read, whatever the answer
   */
  public List<JournalEntry> journal() {
    return state.journal().entries();
  }

  /**
   * Goes back to the loaded directory ({@code POST /__fake/reset}): every line in its initial
   * state, the journal empty, no fault.
   */
  public void reset() {
    state.reset();
  }

  /**
   * Serves another directory from now on ({@code PUT /__fake/directory}): its users, their lines
   * in their initial state, an empty journal; queued faults stay.
   *
   * @param directory the new directory
   */
  public void loadDirectory(UserDirectory directory) {
    state.load(directory);
  }

  /**
   * Acts out a fault on the next {@code requests} Phone Lock requests, after the faults already
   * queued ({@code POST /__fake/faults}).
   *
   * @param fault the fault
   * @param requests how many requests, 1 or more
   * @throws IllegalArgumentException when {@code requests} is less than 1
   */
  public void injectFault(Fault fault, int requests) {
    state.faults().add(new ScheduledFault(fault, OptionalInt.of(requests)));
  }

  /**
   * Acts out a fault on every Phone Lock request, once the faults already queued are used up,
   * until {@link #clearFaults()}.
   *
   * @param fault the fault
   */
  public void injectFault(Fault fault) {
    state.faults().add(new ScheduledFault(fault, OptionalInt.empty()));
  }

  /**
   * The faults still queued ({@code GET /__fake/faults}).
   *
   * @return the queue, next first
   */
  public List<ScheduledFault> faults() {
    return state.faults().pending();
  }

  /**
   * Checks how many Phone Lock requests in the {@link #journal()} match a pattern, as WireMock's
   * {@code verify} does ({@code POST /__fake/verify}).
   *
   * <pre>{@code
   * import static org.phonelock.adapters.fakeserver.RequestCount.exactly;
   * import static org.phonelock.adapters.fakeserver.RequestPattern.lockRequests;
   *
   * server.verify(exactly(1), lockRequests().withFilter("department", "R&D").withStatus(200));
   * }</pre>
   *
   * @param count how many are expected: {@link RequestCount#exactly}, {@link
   *     RequestCount#atLeast}, {@link RequestCount#atMost}, {@link RequestCount#never}
   * @param pattern which entries count
   * @throws AssertionError when the count is not accepted; the message names the pattern, the
   *     count expected and found, and the entries that came closest (ranked by how many pattern
   *     parts they match, each with the parts that differ) or, with too many, those that matched
   */
  public void verify(RequestCount count, RequestPattern pattern) {
    Verification verification = Verification.of(count, pattern, journal());
    if (!verification.ok()) {
      throw new AssertionError(verification.message());
    }
  }

  /**
   * Checks that at least one Phone Lock request in the journal matches a pattern: {@code
   * verify(atLeast(1), pattern)}.
   *
   * @param pattern which entries count
   * @throws AssertionError when none matches, with the closest entries
   */
  public void verify(RequestPattern pattern) {
    verify(RequestCount.atLeast(1), pattern);
  }

  /**
   * The journal entries that match a pattern, like WireMock's {@code findAll}.
   *
   * @param pattern which entries
   * @return a snapshot, oldest first
   */
  public List<JournalEntry> journal(RequestPattern pattern) {
    return journal().stream().filter(pattern::matches).toList();
  }

  /** Removes every queued fault ({@code DELETE /__fake/faults}). */
  public void clearFaults() {
    state.faults().clear();
  }

  /** The listener's request threads now, for tests: at most 32, however many clients. */
  int listenerThreads() {
    return listener.threadCount();
  }

  /** The listener's HTTP compliance mode, for tests. */
  org.eclipse.jetty.http.HttpCompliance compliance() {
    return listener.compliance();
  }

  /** Whether the listener sends without Nagle's delay, for tests. */
  boolean noDelay() {
    return listener.noDelay();
  }

  /** Stops listening and closes open connections; calling it again does nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      listener.stop();
      LOG.info("fake Phone Lock server on {} stopped", baseUri());
    }
  }

  /** Configures and starts a {@link FakePhoneLockServer}. */
  public static final class Builder {
    private UserDirectory directory;
    private String host = "127.0.0.1";
    private int port;
    private Duration headerTimeout = DEFAULT_HEADER_TIMEOUT;

    private Builder() {}

    /**
     * How long a client may take to send a request header, counted from the connection's
     * opening or, on a kept-alive connection, from the first byte of the request; the server
     * closes the connection of a header not complete by then (a client that stalls or sends a
     * byte at a time cannot hold it). A kept-alive connection that sends nothing is closed after
     * {@link #IDLE_TIMEOUT} instead.
     *
     * @param timeout more than 0 and at most {@link #LONGEST_HEADER_TIMEOUT} (10 minutes);
     *     default {@link #DEFAULT_HEADER_TIMEOUT} (10 seconds)
     * @return this builder
     * @throws IllegalArgumentException when the timeout is out of range
     */
    public Builder headerTimeout(Duration timeout) {
      requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()
          || timeout.compareTo(LONGEST_HEADER_TIMEOUT) > 0) {
        throw new IllegalArgumentException("header timeout " + timeout + " is out of range;"
            + " accepted: more than 0, at most " + LONGEST_HEADER_TIMEOUT);
      }
      this.headerTimeout = timeout;
      return this;
    }

    /**
     * The users the server knows.
     *
     * @param directory the directory; default {@link UserDirectory#sample()}
     * @return this builder
     */
    public Builder directory(UserDirectory directory) {
      this.directory = requireNonNull(directory, "directory");
      return this;
    }

    /**
     * The address to listen on.
     *
     * @param host a host name or IP address; default {@code 127.0.0.1}
     * @return this builder
     */
    public Builder bindAddress(String host) {
      this.host = requireNonNull(host, "host");
      return this;
    }

    /**
     * The TCP port to listen on.
     *
     * @param port 0 to 65535; default 0, meaning a free port chosen by the system
     * @return this builder
     * @throws IllegalArgumentException when the port is out of range
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port " + port + " is out of range; accepted: 0 to"
            + " 65535 (0 = any free port)");
      }
      this.port = port;
      return this;
    }

    /**
     * Starts the server.
     *
     * @return the server, listening when this returns
     * @throws IOException when the address cannot be resolved or bound
     */
    public FakePhoneLockServer start() throws IOException {
      return new FakePhoneLockServer(this);
    }
  }
}
