package org.phonelock.adapters.fakeserver;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fake server's public TCP listener: accepts every client connection and relays it to the JDK
 * HTTP server on the loopback address ({@link TcpRelay}). The JDK server does not expose the
 * socket of an exchange, nor let one be supplied, so this relay is what lets a handler reset a
 * client connection ({@link Fault#reset()}); it costs one loopback hop per request.
 */
final class TcpFront {
  private static final Logger LOG = LoggerFactory.getLogger(TcpFront.class);

  private final ServerSocket listening = new ServerSocket();
  private final InetSocketAddress serverAddress;
  private final RelayedConnections connections;
  private final Executor threads;

  /**
   * Binds and starts accepting on one of {@code threads}.
   *
   * @param address the public address and port (0 for any free port)
   * @param serverAddress the JDK HTTP server's loopback address
   * @param connections where the relayed connections register
   * @param threads runs the accept loop and two threads per open connection
   * @throws IOException when the address cannot be bound, e.g. the port is in use
   */
  TcpFront(InetSocketAddress address, InetSocketAddress serverAddress,
      RelayedConnections connections, Executor threads) throws IOException {
    this.serverAddress = serverAddress;
    this.connections = connections;
    this.threads = threads;
    try {
      listening.bind(address);
    } catch (IOException e) {
      listening.close();
      throw e;
    }
    threads.execute(this::acceptAll);
  }

  /**
   * The public port.
   *
   * @return the bound TCP port
   */
  int port() {
    return listening.getLocalPort();
  }

  /** Stops accepting and closes every relayed connection; calling it again does nothing. */
  void close() {
    try {
      listening.close();
    } catch (IOException e) {
      LOG.debug("closing the listener: {}", e.toString());
    }
    connections.closeAll();
  }

  private void acceptAll() {
    while (!listening.isClosed()) {
      Socket client;
      try {
        client = listening.accept();
      } catch (IOException e) {
        if (!listening.isClosed()) {
          LOG.warn("cannot accept a connection: {}", e.toString());
        }
        continue;
      }
      TcpRelay.start(client, serverAddress, connections, threads);
    }
  }
}
