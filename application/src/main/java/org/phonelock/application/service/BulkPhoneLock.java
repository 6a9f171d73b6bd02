package org.phonelock.application.service;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.application.port.out.ApplyPhoneLockPort;
import org.phonelock.application.port.out.PhoneLockServerUnavailableException;
import org.phonelock.domain.PhoneLockAction;

/**
 * Sends many commands of one action (say, one lock per department) through one {@link
 * ApplyPhoneLockPort}, such as the HTTP client's ({@code PhoneLockClient.port()}), with a
 * bounded number of requests in
 * flight, and gives the outcomes in the order of the commands.
 *
 * <p>Why bounded: each request makes the Phone Lock server change phones on the call manager, and
 * neither the vendor page nor api-contract.md promises any capacity. At most {@link
 * #DEFAULT_MAX_CONCURRENCY} requests are in flight unless the caller asks for more, and never
 * more than {@link #MAX_CONCURRENCY}, so a bulk run weighs on the server like a handful of
 * administrators, not like a flood. The run also stops sending, and reports the remaining commands
 * as {@link BulkOutcome.NotSent}, after an answer that the rest would get too: {@code 401} (every
 * further try would be a failed login, which may lock the account), {@code 403}, a {@code 5xx} or
 * {@code 429} still answered after the client's retries, or no answer at all.
 *
 * <p>An application service: it needs only the outgoing port, so it lives beside the use cases
 * and any adapter's port can drive it.
 */
public final class BulkPhoneLock {
  /** The in-flight limit when none is given: 8 requests. */
  public static final int DEFAULT_MAX_CONCURRENCY = 8;

  /** The highest in-flight limit accepted: 32 requests. */
  public static final int MAX_CONCURRENCY = 32;

  private final ApplyPhoneLockPort port;
  private final int maxConcurrency;

  /**
   * A bulk sender with at most {@link #DEFAULT_MAX_CONCURRENCY} requests in flight.
   *
   * @param port where each command goes, e.g. {@code PhoneLockClient.port()}; must be thread-safe
   */
  public BulkPhoneLock(ApplyPhoneLockPort port) {
    this(port, DEFAULT_MAX_CONCURRENCY);
  }

  /**
   * A bulk sender with a chosen in-flight limit.
   *
   * @param port where each command goes, e.g. {@code PhoneLockClient.port()}; must be thread-safe
   * @param maxConcurrency the most requests in flight at once, 1 (one at a time) to {@link
   *     #MAX_CONCURRENCY}
   * @throws IllegalArgumentException when {@code maxConcurrency} is outside 1..32
   */
  public BulkPhoneLock(ApplyPhoneLockPort port, int maxConcurrency) {
    this.port = requireNonNull(port, "port");
    if (maxConcurrency < 1 || maxConcurrency > MAX_CONCURRENCY) {
      throw new IllegalArgumentException("concurrency limit " + maxConcurrency
          + " is out of range; accepted: 1 to " + MAX_CONCURRENCY + " requests in flight");
    }
    this.maxConcurrency = maxConcurrency;
  }

  /**
   * Sends {@code action} once per command, at most the limit at a time.
   *
   * @param action lock or unlock
   * @param commands the commands, possibly empty; the same filter twice is sent twice
   * @return one outcome per command, in the order of {@code commands}
   * @throws InterruptedException when the calling thread is interrupted; requests in flight are
   *     interrupted and no more are sent
   * @throws RuntimeException any other exception of the port (a bug, or a closed client), as is;
   *     requests in flight are interrupted and no more are sent
   */
  public List<BulkOutcome> apply(PhoneLockAction action, List<PhoneLockCommand> commands)
      throws InterruptedException {
    requireNonNull(action, "action");
    commands.forEach(command -> requireNonNull(command, "command"));
    if (commands.isEmpty()) {
      return List.of();
    }
    AtomicReference<String> stop = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(
        Math.min(maxConcurrency, commands.size()), daemonThreads());
    try {
      List<Future<BulkOutcome>> futures = new ArrayList<>(commands.size());
      for (PhoneLockCommand command : commands) {
        futures.add(pool.submit(() -> send(action, command, stop)));
      }
      List<BulkOutcome> outcomes = new ArrayList<>(commands.size());
      for (Future<BulkOutcome> future : futures) {
        outcomes.add(outcome(future, stop));
      }
      return List.copyOf(outcomes);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Shows the limit.
   *
   * @return e.g. {@code BulkPhoneLock[maxConcurrency=8]}
   */
  @Override
  public String toString() {
    return "BulkPhoneLock[maxConcurrency=" + maxConcurrency + "]";
  }

  private BulkOutcome send(
      PhoneLockAction action, PhoneLockCommand command, AtomicReference<String> stop) {
    String reason = stop.get();
    if (reason != null) {
      return new BulkOutcome.NotSent(command, reason);
    }
    try {
      PhoneLockResult result = port.apply(action, command.filter());
      stopReason(result).ifPresent(why -> stop.compareAndSet(null, why));
      return new BulkOutcome.Answered(command, result);
    } catch (PhoneLockServerUnavailableException e) {
      stop.compareAndSet(null, "an earlier request got no answer from the server");
      return new BulkOutcome.Unavailable(command, e);
    }
  }

  private static Optional<String> stopReason(PhoneLockResult result) {
    return switch (result.kind()) {
      case AUTHENTICATION_FAILED, PERMISSION_DENIED, SERVER_ERROR -> Optional.of(
          "an earlier request was answered " + result.status()
              + ", which every further request would get too");
      // A refusal is about that command's filter; the next command has its own.
      case APPLIED, REFUSED -> Optional.empty();
    };
  }

  /** Waits for one outcome; an unexpected exception stops the run and is rethrown as is. */
  private static BulkOutcome outcome(Future<BulkOutcome> future, AtomicReference<String> stop)
      throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      stop.compareAndSet(null, "an earlier request failed");
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("bulk request failed", e.getCause());
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "phonelock-bulk-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
