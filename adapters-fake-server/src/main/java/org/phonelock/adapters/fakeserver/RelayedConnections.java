package org.phonelock.adapters.fakeserver;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open client connections of a {@link TcpFront}, by the local port of their link to the JDK
 * HTTP server. That server reports this port as the remote port of each exchange, so a handler
 * can find the client connection of the request it answers and reset it ({@link Fault#reset()}):
 * the JDK server itself does not expose the socket of an exchange. Thread-safe.
 */
final class RelayedConnections {
  private final Map<Integer, TcpRelay> byServerSidePort = new ConcurrentHashMap<>();
  private volatile boolean closed;

  /**
   * Registers a relayed connection, before it relays any byte.
   *
   * @param serverSidePort the local port of the relay's socket to the JDK server
   * @param relay the relay
   * @return false when {@link #closeAll()} ran already: the caller must close the relay itself
   */
  boolean add(int serverSidePort, TcpRelay relay) {
    byServerSidePort.put(serverSidePort, relay);
    // closeAll() sets the flag before it walks the map: one of the two sees the other.
    if (closed) {
      byServerSidePort.remove(serverSidePort, relay);
      return false;
    }
    return true;
  }

  /**
   * Forgets a relay that ended.
   *
   * @param serverSidePort the port it was registered with
   * @param relay the relay
   */
  void remove(int serverSidePort, TcpRelay relay) {
    byServerSidePort.remove(serverSidePort, relay);
  }

  /**
   * Resets the client connection that carried an exchange.
   *
   * @param exchangePeer the exchange's remote address ({@code HttpExchange.getRemoteAddress()})
   * @return false when no open connection has that port: the client already went away
   */
  boolean reset(InetSocketAddress exchangePeer) {
    TcpRelay relay = byServerSidePort.get(exchangePeer.getPort());
    if (relay == null) {
      return false;
    }
    relay.reset();
    return true;
  }

  /** Closes every relayed connection, and any registered from now on. */
  void closeAll() {
    closed = true;
    byServerSidePort.values().forEach(TcpRelay::close);
  }
}
