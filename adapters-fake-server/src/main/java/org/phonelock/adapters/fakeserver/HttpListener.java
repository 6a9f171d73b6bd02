package org.phonelock.adapters.fakeserver;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
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
 * The JDK server listens on the loopback address only; clients connect to a {@link TcpFront} on
 * the public address, which relays each connection to it, so that a handler can reset the client
 * connection of its exchange through {@link RelayedConnections#reset}.
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
  private final TcpFront front;
  private final URI baseUri;

  /**
   * Binds and starts listening.
   *
   * @param host the public bind address, a host name or IP literal
   * @param port the public TCP port, 0 for any free port
   * @param handler the handler of every request
   * @param connections where the relayed client connections register
   * @throws IOException when the address cannot be resolved or bound
   */
  HttpListener(String host, int port, HttpHandler handler, RelayedConnections connections)
      throws IOException {
    InetSocketAddress address = new InetSocketAddress(host, port);
    if (address.isUnresolved()) {
      throw new IOException("cannot resolve bind address '" + host + "'");
    }
    uri(host, port); // refuses a host no URI can hold, before anything is bound
    if (System.getProperty(NODELAY_PROPERTY) == null) {
      System.setProperty(NODELAY_PROPERTY, "true"); // an explicit setting is left alone
    }
    this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.executor = Executors.newCachedThreadPool(daemonThreads());
    http.setExecutor(executor);
    http.createContext("/", handler);
    http.start();
    try {
      this.front = new TcpFront(address, http.getAddress(), connections, executor);
    } catch (IOException e) {
      http.stop(0);
      executor.shutdownNow();
      throw e;
    }
    this.baseUri = uri(host, front.port());
  }

  /**
   * Where the listener is reachable.
   *
   * @return {@code http://<host>:<port>}, IPv6 literals in brackets, no trailing slash
   */
  URI baseUri() {
    return baseUri;
  }

  /**
   * Stops listening, closes the client connections and ends the request threads, including those
   * sleeping in a delay fault.
   */
  void stop() {
    front.close();
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
