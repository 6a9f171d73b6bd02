package org.phonelock.adapters.fakeserver.internal.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The fake server's HTTP/1.1 listener: Jetty core (no servlets) with one NIO connector, so an
 * open connection that waits costs no thread, and a bounded thread pool that only runs work
 * (requests never block a thread: {@link FakeServerHttpHandler}). Replaces the JDK {@code
 * HttpServer}, which held a thread per connection, never closed a client that sent half a
 * request, and answered malformed requests with silence or an HTML page.
 *
 * <p>Defaults turned off or tightened here, each on purpose:
 * <ul>
 *   <li>{@code HttpCompliance.RFC9110} with no violation allowed: bare LF line endings, HTTP/0.9
 *       and other malformed requests get a JSON 400 ({@link JsonErrorHandler}), never a lenient
 *       reading; and a case-sensitive HTTP-version ({@link StrictHttpConnectionFactory}).
 *   <li>{@code UriCompliance.UNSAFE}: Jetty lets every request target through, so that {@link
 *       RequestTarget} (api-contract.md, "Filters") decides and words the 400.
 *   <li>No {@code Server} header, nothing about Jetty in any answer.
 *   <li>A header timeout ({@link HeaderDeadlines}) beside Jetty's idle timeout.
 * </ul>
 */
public final class HttpListener {
  /** At most this many threads serve requests, however many connections are open. */
  public static final int MAX_THREADS = 32;
  /** The largest request line plus header fields, in bytes. */
  public static final int MAX_HEADER_BYTES = 8 * 1024;
  /** How long a pool thread above the minimum may stay idle before it ends (Jetty's default). */
  static final int IDLE_THREAD_MILLIS = 60_000;
  /** The thread name prefix, to tell the fake's threads in a dump. */
  public static final String THREAD_NAME = "fake-phone-lock";

  private final Server server;
  private final QueuedThreadPool threads;
  private final HeaderDeadlines deadlines;
  private final ServerConnector connector;
  private final String host;
  private final int port;
  private URI baseUri;

  /** Builds the handler once the listener's timers and deadlines exist. */
  @FunctionalInterface
  public interface HandlerFactory {
    Handler create(HeaderDeadlines deadlines, Timers timers);
  }

  /**
   * Sets up the listener, without binding: {@link #start} does. The two steps let the caller do
   * other work between them (the fake server reads its directory meanwhile on another thread,
   * as setting up Jetty in a fresh JVM is mostly class loading, docs/benchmarks.md, B2).
   *
   * @param host the bind address, a host name or IP literal
   * @param port the TCP port, 0 for any free port
   * @param headerTimeout how long a request header may take, from the connection's opening or the
   *     first byte of the request
   * @param idleTimeout how long a connection may stay silent between requests
   * @throws IOException when the address cannot be resolved
   */
  public HttpListener(String host, int port, Duration headerTimeout, Duration idleTimeout)
      throws IOException {
    InetSocketAddress address = new InetSocketAddress(host, port);
    if (address.isUnresolved()) {
      throw new IOException("cannot resolve bind address '" + host + "'");
    }
    uri(host, port); // refuses a host no URI can hold, before anything is bound
    // The job queue is the JDK's, unbounded like Jetty's default: Jetty's BlockingArrayQueue pads
    // against false sharing and, to size the padding, asks the platform MBean server whether
    // oops are compressed, which in a fresh JVM loads some 600 JMX classes (about 160 ms of a
    // cold start, docs/benchmarks.md, B2) for a queue that holds at most a few jobs here.
    threads = new QueuedThreadPool(MAX_THREADS, 4, IDLE_THREAD_MILLIS, new LinkedBlockingQueue<>());
    threads.setName(THREAD_NAME);
    threads.setDaemon(true); // as before: a forgotten server never keeps a test JVM alive
    ScheduledExecutorScheduler scheduler =
        new ScheduledExecutorScheduler(THREAD_NAME + "-scheduler", true);
    // The server's scheduler too (else it makes its own, a second one with a non-daemon thread);
    // the byte buffer pool is Jetty's default (null).
    server = new Server(threads, scheduler, null);
    server.setErrorHandler(new JsonErrorHandler());

    HttpConfiguration http = new HttpConfiguration();
    // Jetty's RFC9110 mode allows bare LF line endings (LF_HEADER_TERMINATION); not here.
    http.setHttpCompliance(HttpCompliance.from("RFC9110,-LF_HEADER_TERMINATION"));
    http.setUriCompliance(UriCompliance.UNSAFE);
    // The largest request header accepted (Jetty's default, stated): more gets a JSON 431.
    http.setRequestHeaderSize(MAX_HEADER_BYTES);
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    // One acceptor and one selector: every connection waits on the selector, none on a thread.
    ServerConnector connector = new ServerConnector(server, threads, scheduler, null, 1, 1,
        new StrictHttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    connector.setIdleTimeout(idleTimeout.toMillis());
    // Jetty's default, set all the same: without TCP_NODELAY a response written in two parts
    // waits for the client's delayed ACK (about 40 ms on Linux) on kept-alive connections.
    connector.setAcceptedTcpNoDelay(true);
    this.connector = connector;
    deadlines = new HeaderDeadlines(headerTimeout, scheduler);
    connector.addEventListener(deadlines);
    server.addConnector(connector);
    this.host = host;
    this.port = port;
  }

  /**
   * Binds and starts listening; once.
   *
   * @param handlers builds the handler of every request
   * @throws IOException when the address cannot be bound
   */
  public void start(HandlerFactory handlers) throws IOException {
    Scheduler scheduler = server.getScheduler();
    server.setHandler(handlers.create(deadlines, (wait, task) ->
        scheduler.schedule(() -> threads.execute(task), wait.toMillis(), TimeUnit.MILLISECONDS)));
    try {
      server.start();
    } catch (IOException e) {
      stop();
      throw e;
    } catch (Exception e) {
      stop();
      throw new IOException("cannot start the listener on " + host + ":" + port + ": " + e, e);
    }
    deadlines.start();
    this.baseUri = uri(host, connector.getLocalPort());
  }

  /**
   * Where the listener is reachable, once started.
   *
   * @return {@code http://<host>:<port>}, IPv6 literals in brackets, no trailing slash
   */
  public URI baseUri() {
    return baseUri;
  }

  /**
   * The threads the listener holds now, busy or idle; at most {@link #MAX_THREADS}, plus the
   * scheduler's one.
   */
  public int threadCount() {
    return threads.getThreads();
  }

  /** The HTTP compliance mode in force, for tests. */
  public HttpCompliance compliance() {
    return ((HttpConnectionFactory) connector.getDefaultConnectionFactory())
        .getHttpConfiguration().getHttpCompliance();
  }

  /** Whether accepted connections send without Nagle's delay (TCP_NODELAY). */
  public boolean noDelay() {
    return connector.getAcceptedTcpNoDelay();
  }

  /** Stops listening, closes the client connections and drops pending delay faults. */
  public void stop() {
    deadlines.stop();
    try {
      server.stop();
    } catch (Exception e) {
      // Stopping a Jetty server throws only what its components threw while stopping; the
      // connections are closed by then.
      org.slf4j.LoggerFactory.getLogger(HttpListener.class).debug("stopping: {}", e.toString());
    }
  }

  private static URI uri(String host, int port) throws IOException {
    try {
      return new URI("http", null, host, port, null, null, null);
    } catch (URISyntaxException e) {
      throw new IOException("bind address '" + host + "' cannot be used in a URI", e);
    }
  }
}
