package org.phonelock.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import org.phonelock.adapters.fakeserver.UserDirectory;

/**
 * B3 heap, in a fresh JVM: the heap a running fake server keeps for a generated directory of
 * {@code n} users with one line each (directory, authentication map, line states, index), as the
 * difference of the used heap after full collections before and after. Prints {@code HEAP_BYTES
 * <bytes>} and {@code LOAD_MS <milliseconds>} (generating the CSV text, reading it, starting).
 */
public final class HeapProbe {
  private HeapProbe() {}

  /**
   * Runs the probe.
   *
   * @param args {@code <n>}
   * @throws IOException when the server cannot start
   * @throws InterruptedException when interrupted between collections
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int users = Integer.parseInt(args[0]);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterCollection(memory);
    long start = System.nanoTime();
    UserDirectory directory = Directories.withDepartmentsOf100(users);
    try (Servers.Running server = Servers.fake(directory)) {
      long loadMillis = (System.nanoTime() - start) / 1_000_000;
      directory = null;
      long after = usedAfterCollection(memory);
      System.out.println("HEAP_BYTES " + (after - before));
      System.out.println("LOAD_MS " + loadMillis);
      Reference.reachabilityFence(server);
    }
  }

  private static long usedAfterCollection(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
