package org.phonelock.wiring;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import org.phonelock.adapters.cli.FakeServerLauncher;
import org.phonelock.adapters.cli.PhoneLockClientFactory;
import org.phonelock.adapters.cli.ShutdownSignal;
import org.phonelock.adapters.http.notify.HttpNotifier;
import org.phonelock.application.port.out.Notifier;

/**
 * Plugs the HTTP client adapter, its notifier and the fake server adapter into the CLI's
 * interfaces.
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
  static ShutdownSignal shutdownSignal() {
    return ShutdownSignal.jvmShutdown();
  }
}
