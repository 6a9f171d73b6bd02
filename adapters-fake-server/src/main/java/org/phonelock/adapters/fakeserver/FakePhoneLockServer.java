package org.phonelock.adapters.fakeserver;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-memory fake of the Imagicle Phone Lock REST API on a real HTTP listener (JDK {@code
 * HttpServer}), implementing api-contract.md: {@code PUT /fw/Apps/StoneLock/WebAPI/Phones/Lock}
 * and {@code .../Unlock} with HTTP Basic authentication, permissions, visibility and filters, plus
 * a fake-only admin API under {@code /__fake/} ({@code GET /__fake/lines}). Thread-safe.
 *
 * <pre>{@code
 * try (FakePhoneLockServer server = FakePhoneLockServer.builder().start()) {
 *   URI base = server.baseUri(); // e.g. http://127.0.0.1:41234
 * }
 * }</pre>
 */
public final class FakePhoneLockServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FakePhoneLockServer.class);

  private final HttpServer http;
  private final ExecutorService executor;
  private final LineStore lines;
  private final URI baseUri;
  private final AtomicBoolean closed = new AtomicBoolean();

  private FakePhoneLockServer(Builder builder) throws IOException {
    this.lines = new LineStore(builder.directory.entries());
    PhoneLockEndpoint api =
        new PhoneLockEndpoint(new Authenticator(builder.directory.entries()), lines);
    AdminEndpoints admin = new AdminEndpoints()
        .route("lines", "GET", body -> Reply.json(200, lines.snapshot()));
    InetSocketAddress address = new InetSocketAddress(builder.host, builder.port);
    if (address.isUnresolved()) {
      throw new IOException("cannot resolve bind address '" + builder.host + "'");
    }
    this.http = HttpServer.create(address, 0);
    this.executor = Executors.newCachedThreadPool(daemonThreads());
    http.setExecutor(executor);
    http.createContext("/", new FakeServerHttpHandler(api, admin));
    http.start();
    this.baseUri = uri(builder.host, http.getAddress().getPort());
    LOG.info("fake Phone Lock server listening on {} with {}", baseUri, builder.directory);
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
    return baseUri;
  }

  /**
   * The current state of every phone line.
   *
   * @return a snapshot, one entry per line, in directory order
   */
  public List<LineState> lines() {
    return lines.snapshot();
  }

  /** Stops listening and ends open exchanges; calling it again does nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      http.stop(0);
      executor.shutdownNow();
      LOG.info("fake Phone Lock server on {} stopped", baseUri);
    }
  }

  private static URI uri(String host, int port) throws IOException {
    try {
      return new URI("http", null, host, port, null, null, null);
    } catch (URISyntaxException e) {
      throw new IOException("bind address '" + host + "' cannot be used in a URI", e);
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "fake-phone-lock-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Configures and starts a {@link FakePhoneLockServer}. */
  public static final class Builder {
    private UserDirectory directory;
    private String host = "127.0.0.1";
    private int port;

    private Builder() {}

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
      if (directory == null) {
        directory = UserDirectory.sample();
      }
      return new FakePhoneLockServer(this);
    }
  }
}
