package org.phonelock.benchmarks;

import java.io.IOException;

/**
 * B2, in a fresh JVM: starts a server as a JUnit extension would, sends one authenticated lock
 * request on a new connection, and prints {@code STARTUP_NS <nanoseconds>} from the call that
 * starts the server to the 200 answer; then stops the server. Repeats that {@code n} times: the
 * first start is the cold one (classes loaded and run for the first time), the others show what
 * a test suite pays per test class once the JVM is warm.
 */
public final class StartupProbe {
  private static final String USER = "admin";
  private static final String PASSWORD = "admin-demo-pw";
  private static final String DEPARTMENT = "IT";

  private StartupProbe() {}

  /**
   * Runs the probe.
   *
   * @param args {@code fake|wiremock <n>}
   * @throws IOException when a server cannot start or answers other than 200
   */
  public static void main(String[] args) throws IOException {
    boolean fake = args[0].equals("fake");
    int times = Integer.parseInt(args[1]);
    String authorization = Directories.basic(USER, PASSWORD);
    for (int i = 0; i < times; i++) {
      long start = System.nanoTime();
      try (Servers.Running server = fake
          ? Servers.fake(null)
          : Servers.wireMock(USER, PASSWORD, DEPARTMENT, ServerMain.BODY);
          HttpPut put = new HttpPut(server.baseUri(), Servers.lockTarget(DEPARTMENT),
              authorization)) {
        int status = put.send();
        long elapsed = System.nanoTime() - start;
        if (status != 200) {
          throw new IOException(args[0] + " answered " + status + " instead of 200");
        }
        System.out.println("STARTUP_NS " + elapsed);
      }
    }
  }
}
