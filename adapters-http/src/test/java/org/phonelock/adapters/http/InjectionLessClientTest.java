package org.phonelock.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.domain.Credentials;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.PhoneLockAction;

/** The client runs without HK2 (start-up, docs/benchmarks.md B4) and says nothing about it. */
class InjectionLessClientTest {
  @Test
  void hk2IsNotOnTheClasspath() {
    assertThatThrownBy(() -> Class.forName("org.glassfish.jersey.inject.hk2.Hk2InjectionManagerFactory"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.glassfish.hk2.api.ServiceLocator"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void aRequestLogsNoWarningFromJersey() throws Exception {
    // A handler on Jersey's root logger sees every record that passes a child logger's level.
    Logger jersey = Logger.getLogger("org.glassfish.jersey");
    List<LogRecord> records = new CopyOnWriteArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    capture.setLevel(Level.ALL);
    jersey.addHandler(capture);
    try (CaptureServer server = CaptureServer.http();
        PhoneLockClient client = PhoneLockClient.builder(server.uri(), new Credentials("admin", "pw")).build()) {
      server.script(CaptureServer.status(200));
      PhoneLockResult result = client.port()
          .apply(PhoneLockAction.LOCK, Filter.builder().put(FilterField.DEPARTMENT, "IT").build());
      assertThat(result).isInstanceOf(PhoneLockResult.Applied.class);
    } finally {
      jersey.removeHandler(capture);
    }
    assertThat(records).filteredOn(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
        .extracting(LogRecord::getMessage).isEmpty();
  }
}
