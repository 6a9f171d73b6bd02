package org.phonelock.benchmarks;

import java.io.IOException;

/**
 * A server under load in its own JVM (B1), so that the load generator's threads, heap and JIT do
 * not mix with the server's. Prints {@code READY <base URI>} on standard output once listening,
 * then serves until its standard input ends.
 */
public final class ServerMain {
  /** The JSON body WireMock answers with: the fake's answer for a department of 100 users. */
  static final String BODY =
      "{\"action\":\"Lock\",\"matchedUsers\":100,\"matchedLines\":100,\"changedLines\":0}";

  /**
   * The JDK HTTP server's switch for {@code TCP_NODELAY} on accepted connections (read once, when
   * its first server starts). Off by default: the status line and headers then go out in one TCP
   * segment and the body in a second one, which waits for the client's delayed ACK of the first,
   * about 40 ms on Linux, on every request of a keep-alive connection but the first few.
   */
  static final String NODELAY = "sun.net.httpserver.nodelay";

  private ServerMain() {}

  /**
   * Runs a server.
   *
   * @param args {@code fake <users>} (a generated directory, see {@link Directories}), {@code
   *     fake-nodelay <users>} (the same with {@value #NODELAY} set), or {@code wiremock}
   * @throws IOException when the server cannot start
   */
  public static void main(String[] args) throws IOException {
    if (args[0].equals("fake-nodelay")) {
      System.setProperty(NODELAY, "true");
    }
    Servers.Running server = args[0].startsWith("fake")
        ? Servers.fake(Directories.withDepartmentsOf100(Integer.parseInt(args[1])))
        : Servers.wireMock(Directories.ADMIN, Directories.PASSWORD,
            Directories.LOCKED_DEPARTMENT, BODY);
    // Tells the parent whether the server as shipped already turns Nagle's algorithm off. The
    // fake now runs on Jetty, which sets TCP_NODELAY on every accepted connection (HttpListener),
    // whatever the JDK property says.
    System.out.println("NODELAY " + (args[0].startsWith("fake") || Boolean.getBoolean(NODELAY)));
    System.out.println("READY " + server.baseUri());
    System.out.flush();
    while (System.in.read() >= 0) {
      // serve until the parent closes our standard input
    }
    server.close();
  }
}
