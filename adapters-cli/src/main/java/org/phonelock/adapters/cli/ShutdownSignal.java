package org.phonelock.adapters.cli;

import java.util.concurrent.CountDownLatch;

/** Blocks a long-running command until the process is asked to stop (SIGINT, SIGTERM). */
@FunctionalInterface
public interface ShutdownSignal {
  /**
   * Runs {@code onShutdown} when the process is asked to stop, and blocks until then.
   *
   * @param onShutdown releases what the command holds (e.g. closes a server); runs once
   * @throws InterruptedException when the waiting thread is interrupted
   */
  void await(Runnable onShutdown) throws InterruptedException;

  /**
   * The real process: a JVM shutdown hook (run on SIGINT and SIGTERM) runs {@code onShutdown};
   * the caller blocks until then.
   */
  static ShutdownSignal jvmShutdown() {
    return onShutdown -> {
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    onShutdown.run();
                    stopped.countDown();
                  },
                  "phonelock-shutdown"));
      stopped.await();
    };
  }
}
