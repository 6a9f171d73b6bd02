package org.phonelock.adapters.fakeserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection that {@link TcpFront} relays, byte for byte, to the JDK HTTP server on
 * the loopback address: one thread per direction, so keep-alive connections carry any number of
 * requests. It can reset the client connection ({@link Fault#reset()}).
 */
final class TcpRelay {
  private static final Logger LOG = LoggerFactory.getLogger(TcpRelay.class);
  private static final int BUFFER_BYTES = 16 * 1024;

  private final Socket client;
  private final Socket server = new Socket();
  private final RelayedConnections connections;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile int serverSidePort = -1;

  private TcpRelay(Socket client, RelayedConnections connections) {
    this.client = client;
    this.connections = connections;
  }

  /**
   * Relays an accepted connection on two of {@code threads}; returns at once.
   *
   * @param client the accepted client socket; closed when the relay ends
   * @param serverAddress the JDK HTTP server's loopback address
   * @param connections where the relay registers while open
   * @param threads runs the two directions; a rejected task closes the connection
   */
  static void start(Socket client, InetSocketAddress serverAddress,
      RelayedConnections connections, Executor threads) {
    TcpRelay relay = new TcpRelay(client, connections);
    try {
      threads.execute(() -> relay.run(serverAddress, threads));
    } catch (RejectedExecutionException e) {
      relay.close(); // the server is closing
    }
  }

  private void run(InetSocketAddress serverAddress, Executor threads) {
    try {
      // The JDK server writes a response's headers and body separately: see HttpListener.
      client.setTcpNoDelay(true);
      server.setTcpNoDelay(true);
      server.connect(serverAddress);
      serverSidePort = server.getLocalPort();
      if (!connections.add(serverSidePort, this)) {
        close();
        return;
      }
      threads.execute(this::serverToClient);
    } catch (IOException | RejectedExecutionException e) {
      LOG.debug("cannot relay a connection to the HTTP server: {}", e.toString());
      close();
      return;
    }
    clientToServer();
  }

  /**
   * Passes the client's half-close on (the JDK server still answers the request it read). When
   * the server stops reading, this direction just ends: the other one still carries what the
   * server sent, as a direct connection would.
   */
  private void clientToServer() {
    byte[] buffer = new byte[BUFFER_BYTES];
    try {
      InputStream in = client.getInputStream();
      OutputStream out = server.getOutputStream();
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        if (!write(out, buffer, read)) {
          return;
        }
      }
      server.shutdownOutput();
    } catch (IOException e) {
      close(); // the client went away or reset: so does its link to the server
    }
  }

  /** The JDK server never half-closes: its end of stream ends the whole connection. */
  private void serverToClient() {
    try {
      server.getInputStream().transferTo(client.getOutputStream());
    } catch (IOException e) {
      LOG.trace("relay to the client ended: {}", e.toString());
    }
    close();
  }

  private static boolean write(OutputStream out, byte[] buffer, int length) {
    try {
      out.write(buffer, 0, length);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Resets the client connection: the client gets a TCP RST instead of any further byte (its
   * reads fail with "Connection reset"); the link to the server is closed.
   */
  void reset() {
    try {
      client.setSoLinger(true, 0); // close() then sends RST instead of FIN
    } catch (IOException e) {
      LOG.trace("connection already closed: {}", e.toString());
    }
    close();
  }

  /** Closes both sockets (once), which ends both directions. */
  void close() {
    if (closed.compareAndSet(false, true)) {
      connections.remove(serverSidePort, this);
      closeQuietly(client);
      closeQuietly(server);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      LOG.trace("closing a relayed socket: {}", e.toString());
    }
  }
}
