package org.phonelock.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.out.PhoneLockServerUnavailableException;
import org.phonelock.domain.Credentials;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;

/**
 * Under every outcome, failure included, no text the adapter produces (results, exception messages
 * and toString along the cause chain, log lines, previews) holds the password or the base64
 * credentials, even when the server echoes them back.
 */
class SecretsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static CaptureServer server;
  private static CaptureServer untrusted;
  private static Path certificates;

  @BeforeContainer
  static void start() throws Exception {
    server = CaptureServer.http();
    certificates = Files.createTempDirectory("phonelock-certificates");
    untrusted =
        CaptureServer.https(
            TestCertificates.create(certificates, "localhost", "ip:127.0.0.1").serverContext());
  }

  @AfterContainer
  static void stop() throws Exception {
    server.close();
    untrusted.close();
    try (var files = Files.walk(certificates)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  /** Passwords with a rare prefix, so that finding one in normal text is no accident. */
  @Provide
  Arbitrary<String> password() {
    return Texts.credential().map(s -> "Pw\u00a7" + s);
  }

  @Property(tries = 300, generation = GenerationMode.RANDOMIZED)
  void echoedSecretsNeverComeBack(@ForAll("password") String password) throws Exception {
    Credentials credentials = new Credentials("admin", password);
    String token = token(credentials);
    String echo = "you sent Basic " + token + " with password " + password + " (" + password + ")";
    server.script(
        CaptureServer.status(401, JSON.writeValueAsString(Map.of("message", echo))),
        CaptureServer.status(400, echo),
        CaptureServer.status(500, "<html><title>" + echo + "</title></html>"),
        new CaptureServer.Respond(302, Map.of("Location", "http://x/?q=" + password.strip()), ""));
    List<String> texts = new ArrayList<>();
    try (PhoneLockClient client = client(server.uri(), credentials, texts::add).retries(0).build()) {
      for (int i = 0; i < 4; i++) {
        try {
          texts.add(client.port().apply(PhoneLockAction.LOCK, Filter.none()).toString());
        } catch (PhoneLockServerUnavailableException e) {
          // A Location with control characters is not valid HTTP; the report must not quote it.
          for (Throwable t = e; t != null; t = t.getCause()) {
            texts.add(t.toString());
          }
        }
      }
      texts.add(client.toString());
      texts.add(client.preview(PhoneLockAction.UNLOCK, Filter.none()).toString());
    }
    server.take();
    assertNoSecret(texts, credentials);
  }

  @Property(tries = 20, generation = GenerationMode.RANDOMIZED)
  void failuresNeverShowSecrets(@ForAll("password") String password) throws Exception {
    Path dir = Files.createTempDirectory("phonelock-secrets");
    Credentials credentials = new Credentials("admin", password);
    List<String> texts = new ArrayList<>();
    Path garbage = Files.writeString(dir.resolve("ca.pem"), "junk " + password);
    Freeports.Refusing refusing = Freeports.refusing();
    List<Runnable> failures =
        List.of(
            () -> lock(client(refusing.uri(), credentials, texts::add)),
            () -> lock(server, new CaptureServer.Hang(),
                client(server.uri(), credentials, texts::add).readTimeout(Duration.ofMillis(50))),
            () -> lock(server, new CaptureServer.Drop(), client(server.uri(), credentials, texts::add)),
            () -> lock(server, new CaptureServer.Truncate(200),
                client(server.uri(), credentials, texts::add)),
            () -> lock(client(untrusted.uri(), credentials, texts::add)),
            () -> client(untrusted.uri(), credentials, texts::add).caFile(garbage).build(),
            () -> client(untrusted.uri(), credentials, texts::add)
                .caFile(dir.resolve("missing.pem")).build(),
            () -> PhoneLockClient.builder(
                URI.create("http://admin:" + org.phonelock.domain.FilterQuery.encode(password) + "@127.0.0.1/"), credentials));
    for (Runnable failure : failures) {
      try {
        failure.run();
        texts.add("no failure");
      } catch (RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
          texts.add(t.toString());
        }
      }
    }
    refusing.close();
    Files.delete(garbage);
    Files.delete(dir);
    assertThat(texts).doesNotContain("no failure");
    assertNoSecret(texts, credentials);
  }

  private static PhoneLockClient.Builder client(URI uri, Credentials credentials, Consumer<String> log) {
    return PhoneLockClient.builder(uri, credentials).requestLog(log).sleeper(d -> {}).retries(1);
  }

  private static void lock(PhoneLockClient.Builder builder) {
    try (PhoneLockClient client = builder.build()) {
      client.port().apply(PhoneLockAction.LOCK, Filter.none());
    }
  }

  private static void lock(CaptureServer target, CaptureServer.Reply reply, PhoneLockClient.Builder builder) {
    target.otherwise(reply);
    try {
      lock(builder);
    } finally {
      target.otherwise(CaptureServer.status(200));
      target.take();
    }
  }

  private static String token(Credentials credentials) {
    String userPass = credentials.username() + ":" + credentials.password();
    return Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertNoSecret(List<String> texts, Credentials credentials) {
    assertThat(texts).isNotEmpty();
    for (String text : texts) {
      assertThat(text).doesNotContain(credentials.password()).doesNotContain(token(credentials));
    }
  }
}
