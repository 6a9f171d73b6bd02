package org.phonelock.adapters.fakeserver.junit;

import java.io.IOException;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;

/**
 * A started server kept in a JUnit store, which stops it when its class or method is done. It is
 * both {@link AutoCloseable} (closed by JUnit 5.13 and later) and a {@code CloseableResource}
 * (closed by earlier versions); closing twice does no harm.
 */
@SuppressWarnings("deprecation") // CloseableResource: still the only hook before JUnit 5.13
final class RunningServer implements AutoCloseable, ExtensionContext.Store.CloseableResource {
  private final FakePhoneLockServer server;

  private RunningServer(FakePhoneLockServer server) {
    this.server = server;
  }

  /**
   * Starts a server on {@code 127.0.0.1} and a free port.
   *
   * @param users the directory to serve
   * @param classLoader the test class's loader, for class path resources
   * @return the running server
   * @throws ExtensionConfigurationException when the directory cannot be read or the server
   *     cannot listen
   */
  static RunningServer start(DirectorySource users, ClassLoader classLoader) {
    try {
      return new RunningServer(
          FakePhoneLockServer.builder().directory(users.load(classLoader)).start());
    } catch (IOException e) {
      throw new ExtensionConfigurationException(
          "cannot start the fake Phone Lock server: " + e.getMessage(), e);
    }
  }

  FakePhoneLockServer server() {
    return server;
  }

  @Override
  public void close() {
    server.close();
  }
}
