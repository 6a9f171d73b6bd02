package org.phonelock.adapters.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container image's {@code HEALTHCHECK} (docker/fake-server/Dockerfile): slim JRE images have
 * no curl, so the JVM itself GETs the fake server's health route. A plain {@code main}, not a
 * picocli command, so that each probe starts only this class.
 */
public final class HealthCheck {
  private static final int TIMEOUT_MILLIS = 3_000;

  private HealthCheck() {}

  /** Exits 0 when {@code args[0]} answers 200, else 1 (Docker's healthy and unhealthy). */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: HealthCheck URL");
      System.exit(1);
    }
    System.exit(check(URI.create(args[0]), System.err));
  }

  /**
   * GETs the URL once.
   *
   * @param err where the reason for a failure goes (Docker keeps it in the health log)
   * @return 0 on a 200 answer, else 1
   */
  static int check(URI url, PrintStream err) {
    try {
      HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
      connection.setConnectTimeout(TIMEOUT_MILLIS);
      connection.setReadTimeout(TIMEOUT_MILLIS);
      int status = connection.getResponseCode();
      try (InputStream body = status < 400 ? connection.getInputStream()
          : connection.getErrorStream()) {
        if (body != null) {
          body.readAllBytes();
        }
      }
      if (status == 200) {
        return 0;
      }
      err.println("unhealthy: " + url + " answered " + status);
    } catch (IOException | IllegalArgumentException e) {
      err.println("unhealthy: " + url + ": " + e);
    }
    return 1;
  }
}
