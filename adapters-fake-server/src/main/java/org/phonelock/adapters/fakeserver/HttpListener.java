package org.phonelock.adapters.fakeserver;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A JDK {@link HttpServer} with one handler for every path and a thread per concurrent request
 * (the JDK default would answer one request at a time, and a delay fault would stall the rest).
 */
final class HttpListener {
  /**
   * The JDK server's switch for TCP_NODELAY, read once per JVM when its first server starts. The
   * JDK sends a response's headers and body in two writes; without TCP_NODELAY the body waits for
   * the client's delayed ACK (about 40 ms on Linux), so each request on a kept-alive connection
   * took 40 ms.
   */
  static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

  private final HttpServer http;
  private final ExecutorService executor;
  private final URI baseUri;

  /**
   * Binds and starts listening.
   *
   * @param host the bind address, a host name or IP literal
   * @param port the TCP port, 0 for any free port
   * @param handler the handler of every request
   * @throws IOException when the address cannot be resolved or bound
   */
  HttpListener(String host, int port, HttpHandler handler) throws IOException {
    InetSocketAddress address = new InetSocketAddress(host, port);
    if (address.isUnresolved()) {
      throw new IOException("cannot resolve bind address '" + host + "'");
    }
    if (System.getProperty(NODELAY_PROPERTY) == null) {
      System.setProperty(NODELAY_PROPERTY, "true"); // an explicit setting is left alone
    }
    this.http = HttpServer.create(address, 0);
    this.executor = Executors.newCachedThreadPool(daemonThreads());
    http.setExecutor(executor);
    http.createContext("/", handler);
    http.start();
    this.baseUri = uri(host, http.getAddress().getPort());
  }

  /**
   * Where the listener is reachable.
   *
   * @return {@code http://<host>:<port>}, IPv6 literals in brackets, no trailing slash
   */
  URI baseUri() {
    return baseUri;
  }

  /** Stops listening and ends the request threads, including those sleeping in a delay fault. */
  void stop() {
    http.stop(0);
    executor.shutdownNow();
  }

  private static URI uri(String host, int port) throws IOException {
    try {
      return new URI("http", null, host, port, null, null, null);
    } catch (URISyntaxException e) {
      throw new IOException("bind address '" + host + "' cannot be used in a URI", e);
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "fake-phone-lock-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
