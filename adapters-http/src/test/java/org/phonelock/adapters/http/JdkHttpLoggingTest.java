package org.phonelock.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.phonelock.domain.Credentials;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;

/**
 * Secrets never appear in logs: even with java.util.logging at ALL, the JDK's HttpURLConnection
 * (Jersey's default connector) must not log the Authorization header it sends.
 */
class JdkHttpLoggingTest {
  @Test
  void authorizationValueIsNotLoggedEvenAtLevelAll() throws Exception {
    Credentials credentials = new Credentials("admin", "log-Secret-91");
    String basic = Base64.getEncoder()
        .encodeToString("admin:log-Secret-91".getBytes(StandardCharsets.UTF_8));
    List<String> records = new ArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters()));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger root = Logger.getLogger("");
    Level before = root.getLevel();
    root.setLevel(Level.ALL);
    root.addHandler(capture);
    Logger.getLogger(JdkHttpLogging.LOGGER).setLevel(Level.ALL);
    try (CaptureServer server = CaptureServer.http();
        PhoneLockClient client = PhoneLockClient.builder(server.uri(), credentials).build()) {
      client.port().apply(PhoneLockAction.LOCK, Filter.none());
      assertThat(server.take()).hasSize(1);
    } finally {
      root.removeHandler(capture);
      root.setLevel(before);
    }
    assertThat(Logger.getLogger(JdkHttpLogging.LOGGER).getLevel()).isEqualTo(Level.INFO);
    assertThat(String.join("\n", records)).doesNotContain(basic).doesNotContain("log-Secret-91");
  }
}
