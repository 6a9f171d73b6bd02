package org.phonelock.adapters.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback listener that never accepts and whose accept queue is full, so that the kernel drops
 * new connection attempts and a client's connect times out (no address outside the machine needed).
 */
final class FullBacklog implements AutoCloseable {
  private final ServerSocket listener;
  private final List<Socket> fillers = new ArrayList<>();

  FullBacklog() throws IOException {
    listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    for (int i = 0; i < 16; i++) {
      Socket filler = new Socket();
      try {
        filler.connect(listener.getLocalSocketAddress(), 200);
        fillers.add(filler);
      } catch (SocketTimeoutException full) {
        filler.close();
        return;
      }
    }
    close();
    throw new IllegalStateException("the accept queue never filled up; cannot test connect timeouts");
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + ((InetSocketAddress) listener.getLocalSocketAddress()).getPort());
  }

  @Override
  public void close() throws IOException {
    for (Socket filler : fillers) {
      filler.close();
    }
    listener.close();
  }
}
