package org.phonelock.adapters.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/**
 * A loopback port where nothing listens, for "connection refused". The port stays bound to an
 * unconnected client socket for as long as the object is open, so no other program can start
 * listening there in the meantime (a port freed by closing a server socket could be taken by
 * anything on the machine), and a bound port without a listener refuses every connection.
 */
final class Freeports {
  private Freeports() {}

  static Refusing refusing() throws IOException {
    Socket holder = new Socket();
    holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    return new Refusing(holder);
  }

  /** Holds the refusing port until closed. */
  static final class Refusing implements AutoCloseable {
    private final Socket holder;

    private Refusing(Socket holder) {
      this.holder = holder;
    }

    URI uri() {
      return URI.create("http://127.0.0.1:" + holder.getLocalPort());
    }

    @Override
    public void close() throws IOException {
      holder.close();
    }
  }
}
