package org.phonelock.benchmarks.floor;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * B4's Jersey reference: the same lock request from the smallest program on the Jersey modules
 * phonelock ships (jersey-client and what it needs, no HK2), with Jersey's default connector:
 * what any Jersey CLI pays before its own work.
 */
public final class JerseyPut {
  /** Kept in a field: java.util.logging holds loggers weakly and would forget the level. */
  private static final Logger NON_INJECTION =
      Logger.getLogger("org.glassfish.jersey.client.innate.inject.NonInjectionManager");

  private JerseyPut() {}

  /**
   * Sends {@code PUT <url>} with Basic authentication and exits 0 on a 200.
   *
   * @param args {@code <url> <user>}
   */
  public static void main(String[] args) {
    NON_INJECTION.setLevel(Level.SEVERE);
    String credentials = args[1] + ":" + System.getenv("PHONELOCK_PASSWORD");
    Client client = ClientBuilder.newClient();
    int status;
    try (Response response = client.target(args[0]).request()
        .header("Authorization", "Basic "
            + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "*/*")
        .put(Entity.text(""))) {
      status = response.getStatus();
      System.out.println(status + " " + response.readEntity(String.class));
    }
    client.close();
    System.exit(status == 200 ? 0 : 1);
  }
}
