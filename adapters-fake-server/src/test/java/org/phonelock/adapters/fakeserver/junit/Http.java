package org.phonelock.adapters.fakeserver.junit;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.LineState;

/** A few HTTP calls to a fake server, over a real socket. */
final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Http() {}

  /** {@code PUT .../Phones/<action><query>} as {@code user}; the status code. */
  static int put(FakePhoneLockServer server, String action, String query, String user,
      String password) throws IOException, InterruptedException {
    String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(UTF_8));
    HttpRequest request = HttpRequest.newBuilder(
            URI.create(server.baseUri() + "/fw/Apps/StoneLock/WebAPI/Phones/" + action + query))
        .PUT(HttpRequest.BodyPublishers.noBody())
        .header("Authorization", "Basic " + basic)
        .timeout(Duration.ofSeconds(30)) // a regression fails instead of hanging
        .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** True when the server still answers {@code GET /__fake/lines}. */
  static boolean answers(FakePhoneLockServer server) throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUri() + "/__fake/lines"))
        .timeout(Duration.ofSeconds(30))
        .build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  static List<String> lockedExtensions(FakePhoneLockServer server) {
    return server.lines().stream().filter(LineState::locked).map(LineState::extension).toList();
  }
}
