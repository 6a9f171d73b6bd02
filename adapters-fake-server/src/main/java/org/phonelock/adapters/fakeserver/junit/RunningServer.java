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
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FakePhoneLockServerExtension.class);
  private static final String KEY = "server";

  private final FakePhoneLockServer server;

  private RunningServer(FakePhoneLockServer server) {
    this.server = server;
  }

  /**
   * The server of a test class or test method, started on first use and kept in that context's
   * store, which JUnit closes when the class or method is done. A {@code @Nested} class finds
   * the server of its enclosing class, as stores look up their parents.
   *
   * @param context the context asking
   * @param perClass true for the class's server, false for the test method's
   * @param users the directory to serve when starting
   * @return the running server
   * @throws ExtensionConfigurationException when it cannot start
   */
  static RunningServer of(ExtensionContext context, boolean perClass, DirectorySource users) {
    ExtensionContext owner = context;
    while (perClass && owner.getTestMethod().isPresent() && owner.getParent().isPresent()) {
      owner = owner.getParent().get();
    }
    ClassLoader classLoader = context.getRequiredTestClass().getClassLoader();
    return owner.getStore(NAMESPACE).getOrComputeIfAbsent(
        KEY, key -> start(users, classLoader), RunningServer.class);
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
  private static RunningServer start(DirectorySource users, ClassLoader classLoader) {
    try {
      return new RunningServer(
          users.applyTo(FakePhoneLockServer.builder(), classLoader).start());
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
