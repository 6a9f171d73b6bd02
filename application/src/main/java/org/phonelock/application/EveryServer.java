package org.phonelock.application;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Acts on several servers at once (README, "Several servers": in parallel, at most 8
 * at once; one server's failure never stops the others): {@code lock} and {@code unlock} with
 * several {@code --profile}, and a schedule with {@code profiles:}. The one place that bounds how
 * many servers are sent to at once.
 */
public final class EveryServer {
  /** At most this many servers are worked on at once. */
  public static final int AT_ONCE = 8;

  private EveryServer() {}

  /**
   * Applies {@code work} to every item, at most {@link #AT_ONCE} at a time, and waits for all.
   * A single item is worked on in the calling thread. Each item's work should catch its own
   * failures and return them, so that one server's failure never stops the others; a work that
   * throws anyway does not cancel the others either: its exception is rethrown once every item
   * is done.
   *
   * @param items the servers (or whatever stands for them), in order
   * @param work what to do for one; called from several threads at once
   * @param <T> the item type
   * @param <R> the result type
   * @return the results, in the order of {@code items} (null where a work threw)
   * @throws RuntimeException the first exception a work threw (the others are suppressed in it)
   */
  public static <T, R> List<R> apply(List<T> items, Function<? super T, ? extends R> work) {
    List<R> results = new ArrayList<>();
    if (items.size() <= 1) {
      items.forEach(item -> results.add(work.apply(item)));
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(AT_ONCE, items.size()), r -> {
      Thread thread = new Thread(r, "phonelock-server");
      thread.setDaemon(true);
      return thread;
    });
    RuntimeException failure = null;
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> work.apply(item)));
      }
      for (Future<R> future : futures) {
        try {
          results.add(future.get());
        } catch (ExecutionException e) {
          RuntimeException cause = e.getCause() instanceof RuntimeException runtime ? runtime
              : new IllegalStateException("a server's work failed unexpectedly", e.getCause());
          if (failure == null) {
            failure = cause;
          } else {
            failure.addSuppressed(cause);
          }
          results.add(null);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for the servers", e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (failure != null) {
      throw failure;
    }
    return results;
  }
}
