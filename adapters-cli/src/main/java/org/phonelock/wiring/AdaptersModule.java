package org.phonelock.wiring;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import org.phonelock.adapters.cli.FakeServerLauncher;
import org.phonelock.adapters.cli.PhoneLockClientFactory;
import org.phonelock.adapters.cli.ShutdownSignal;
import org.phonelock.adapters.cli.schedule.RecordStores;
import org.phonelock.adapters.files.schedule.AuditLogHistory;
import org.phonelock.adapters.files.schedule.JsonLinesAuditLog;
import org.phonelock.adapters.files.schedule.JsonStateFile;
import org.phonelock.adapters.files.schedule.PrometheusMetricsFile;
import org.phonelock.adapters.http.notify.HttpNotifier;
import org.phonelock.application.port.out.AuditLog;
import org.phonelock.application.port.out.Notifier;

/**
 * Plugs the HTTP client adapter, its notifier, the fake server adapter and the record files of
 * schedules into the CLI's interfaces and the application's outgoing ports.
 */
@Module
interface AdaptersModule {
  @Binds
  PhoneLockClientFactory clients(HttpClientFactory factory);

  @Binds
  FakeServerLauncher fakeServers(EmbeddedFakeServerLauncher launcher);

  @Provides
  static Notifier.Factory notifiers() {
    return HttpNotifier::new;
  }

  @Provides
  static AuditLog.Factory auditLogs() {
    return JsonLinesAuditLog.FILES;
  }

  @Provides
  static RecordStores recordFiles(AuditLog.Factory auditLogs) {
    return new RecordStores(JsonStateFile.FILES, auditLogs, AuditLogHistory::new,
        PrometheusMetricsFile.FILES);
  }

  @Provides
  static ShutdownSignal shutdownSignal() {
    return ShutdownSignal.jvmShutdown();
  }
}
