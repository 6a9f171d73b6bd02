package org.phonelock.benchmarks.floor;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * B4's second reference: the same lock request sent by the smallest Java program that can send
 * it, through the JDK's {@link HttpURLConnection}: what a Java CLI costs when it does nothing but
 * the request. The password comes from {@code PHONELOCK_PASSWORD}, as for the CLI.
 */
public final class MinimalPut {
  private MinimalPut() {}

  /**
   * Sends {@code PUT <url>} with Basic authentication and exits 0 on a 200.
   *
   * @param args {@code <url> <user>}
   * @throws IOException when no answer comes
   */
  public static void main(String[] args) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) new URL(args[0]).openConnection();
    connection.setRequestMethod("PUT");
    String credentials = args[1] + ":" + System.getenv("PHONELOCK_PASSWORD");
    connection.setRequestProperty("Authorization", "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    connection.setRequestProperty("Accept", "*/*");
    int status = connection.getResponseCode();
    try (InputStream body = connection.getInputStream()) {
      System.out.println(status + " " + new String(body.readAllBytes(), StandardCharsets.UTF_8));
    }
    System.exit(status == 200 ? 0 : 1);
  }
}
