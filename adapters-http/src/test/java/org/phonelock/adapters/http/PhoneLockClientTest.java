package org.phonelock.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phonelock.application.ChangeCounts;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.domain.Credentials;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.PhoneLockAction;

/** The embedding API on a real socket: use cases, statuses, bodies, log lines, preview, settings. */
class PhoneLockClientTest {
  private static final Credentials CREDENTIALS = new Credentials("admin", "pw");
  private static final Filter R_AND_D = Filter.builder().put(FilterField.DEPARTMENT, "R&D").build();

  private CaptureServer server;
  private PhoneLockClient client;
  private final List<String> log = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = CaptureServer.http();
    client = PhoneLockClient.builder(server.uri(), CREDENTIALS).requestLog(log::add).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void theUseCasesSendLockAndUnlock() {
    client.lockPhones().lock(PhoneLockCommand.matching(R_AND_D));
    client.unlockPhones().unlock(PhoneLockCommand.everyVisibleLine());
    List<CaptureServer.Captured> requests = server.take();
    assertThat(requests).extracting(CaptureServer.Captured::rawPath)
        .containsExactly("/fw/Apps/StoneLock/WebAPI/Phones/Lock", "/fw/Apps/StoneLock/WebAPI/Phones/Unlock");
    assertThat(requests).extracting(CaptureServer.Captured::rawQuery)
        .containsExactly("department=R%26D", null);
  }

  @Test
  void aPathPrefixAndTrailingSlashAreKept() {
    URI behindProxy = URI.create(server.uri() + "/imagicle/");
    try (PhoneLockClient proxied = PhoneLockClient.builder(behindProxy, CREDENTIALS).build()) {
      proxied.port().apply(PhoneLockAction.UNLOCK, R_AND_D);
      assertThat(proxied.endpoint(PhoneLockAction.UNLOCK))
          .isEqualTo(URI.create(server.uri() + "/imagicle/fw/Apps/StoneLock/WebAPI/Phones/Unlock"));
    }
    assertThat(server.take().get(0).rawPath()).isEqualTo("/imagicle/fw/Apps/StoneLock/WebAPI/Phones/Unlock");
  }

  @Test
  void mapsStatusesAndBodiesFromTheWire() {
    server.script(
        CaptureServer.status(200, "{\"action\":\"Lock\",\"matchedUsers\":3,\"matchedLines\":4,\"changedLines\":0}"),
        CaptureServer.status(200),
        CaptureServer.status(200, "garbage{"),
        new CaptureServer.Respond(401, Map.of("WWW-Authenticate", "Basic realm=\"x\", charset=\"UTF-8\""),
            "{\"error\":\"unauthorized\",\"message\":\"wrong user name or password\"}"),
        CaptureServer.status(403, "{\"error\":\"forbidden\",\"message\":\"no Phone Lock permission\"}"),
        new CaptureServer.Respond(400, Map.of("Content-Type", "text/plain; charset=ISO-8859-1"), "bad filter \u00e9"),
        CaptureServer.status(404));
    assertThat(client.port().apply(PhoneLockAction.LOCK, R_AND_D))
        .isEqualTo(new PhoneLockResult.Applied(PhoneLockAction.LOCK, R_AND_D, Optional.of(new ChangeCounts(3, 4, 0))));
    assertThat(client.port().apply(PhoneLockAction.LOCK, R_AND_D))
        .isEqualTo(new PhoneLockResult.Applied(PhoneLockAction.LOCK, R_AND_D, Optional.empty()));
    assertThat(client.port().apply(PhoneLockAction.LOCK, R_AND_D))
        .isEqualTo(new PhoneLockResult.Applied(PhoneLockAction.LOCK, R_AND_D, Optional.empty()));
    assertThat(client.port().apply(PhoneLockAction.LOCK, R_AND_D))
        .isEqualTo(new PhoneLockResult.AuthenticationFailed("wrong user name or password"));
    assertThat(client.port().apply(PhoneLockAction.LOCK, R_AND_D))
        .isEqualTo(new PhoneLockResult.PermissionDenied("no Phone Lock permission"));
    // the test server writes UTF-8 bytes; read as the declared ISO-8859-1 they give two characters
    assertThat(client.port().apply(PhoneLockAction.LOCK, R_AND_D))
        .isEqualTo(new PhoneLockResult.Refused(400, "bad filter \u00c3\u00a9"));
    assertThat(client.port().apply(PhoneLockAction.LOCK, R_AND_D)).isEqualTo(new PhoneLockResult.Refused(404, ""));
  }

  @Test
  void doesNotFollowRedirects() {
    server.script(new CaptureServer.Respond(307, Map.of("Location", "http://elsewhere.invalid/"), ""));
    PhoneLockResult result = client.port().apply(PhoneLockAction.LOCK, R_AND_D);
    assertThat(result.status()).isEqualTo(307);
    assertThat(((PhoneLockResult.Refused) result).serverMessage()).contains("http://elsewhere.invalid/");
    assertThat(server.take()).hasSize(1);
  }

  @Test
  void logsTheRequestAndStatusLinesWithTheAuthorizationRedacted() {
    client.port().apply(PhoneLockAction.LOCK, R_AND_D);
    assertThat(log)
        .containsExactly(
            "> PUT " + server.uri() + "/fw/Apps/StoneLock/WebAPI/Phones/Lock?department=R%26D HTTP/1.1",
            "> Accept: */*",
            "> Authorization: Basic <redacted>",
            "< HTTP/1.1 200 OK");
  }

  @Test
  void previewShowsTheExactRequestWithoutSendingIt() {
    RequestPreview preview = client.preview(PhoneLockAction.LOCK, R_AND_D);
    assertThat(preview.method()).isEqualTo("PUT");
    assertThat(preview.uri())
        .isEqualTo(URI.create(server.uri() + "/fw/Apps/StoneLock/WebAPI/Phones/Lock?department=R%26D"));
    assertThat(preview.headerLines()).containsExactly("Accept: */*", "Authorization: Basic <redacted>");
    assertThat(preview.toString())
        .isEqualTo("PUT " + preview.uri() + System.lineSeparator() + "Accept: */*"
            + System.lineSeparator() + "Authorization: Basic <redacted>");
    assertThat(server.take()).isEmpty();
    assertThat(log).isEmpty();
  }

  @Test
  void showsNoPasswordInToString() {
    assertThat(client).hasToString("PhoneLockClient[server=" + server.uri() + ", user=admin]");
  }

  @Test
  void aClosedClientRefusesToSend() {
    client.close();
    assertThatThrownBy(() -> client.port().apply(PhoneLockAction.LOCK, R_AND_D))
        .isInstanceOf(IllegalStateException.class);
    assertThat(server.take()).isEmpty();
  }

  @Test
  void refusesBadSettingsNamingThemAndWhatIsAccepted() {
    PhoneLockClient.Builder builder = PhoneLockClient.builder(server.uri(), CREDENTIALS);
    for (Duration bad : List.of(Duration.ZERO, Duration.ofMillis(-1), Duration.ofNanos(999_999),
        Duration.ofDays(25))) {
      assertThatThrownBy(() -> builder.connectTimeout(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("connect timeout " + bad + " is out of range; accepted: 1 ms to");
      assertThatThrownBy(() -> builder.readTimeout(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("read timeout " + bad + " is out of range; accepted: 1 ms to");
    }
    assertThatThrownBy(() -> builder.retries(11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retries 11 is out of range; accepted: 0 to 10");
    assertThatThrownBy(() -> builder.connectTimeout(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.requestLog(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PhoneLockClient.builder(null, CREDENTIALS)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PhoneLockClient.builder(server.uri(), null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PhoneLockClient.builder(URI.create("ftp://ucx"), CREDENTIALS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"ftp://ucx\"");
  }

  @Test
  void acceptsTheLimitsOfEachSetting() {
    PhoneLockClient.Builder builder =
        PhoneLockClient.builder(server.uri(), CREDENTIALS)
            .connectTimeout(Duration.ofMillis(1))
            .readTimeout(Duration.ofMillis(Integer.MAX_VALUE))
            .retries(0)
            .retries(10)
            .insecure(false);
    try (PhoneLockClient limits = builder.build()) {
      assertThat(limits.endpoint(PhoneLockAction.LOCK))
          .isEqualTo(URI.create(server.uri() + "/fw/Apps/StoneLock/WebAPI/Phones/Lock"));
    }
  }
}
