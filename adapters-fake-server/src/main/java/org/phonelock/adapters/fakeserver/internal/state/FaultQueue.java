package org.phonelock.adapters.fakeserver.internal.state;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.phonelock.adapters.fakeserver.Fault;
import org.phonelock.adapters.fakeserver.ScheduledFault;

/**
 * The injected faults, first in first out: each Phone Lock request takes the fault at the head,
 * which leaves the queue once it has applied to its number of requests. A fault without count
 * stays at the head until {@link #clear()}. Thread-safe.
 */
public final class FaultQueue {
  private final Deque<ScheduledFault> queue = new ArrayDeque<>();

  /**
   * Appends a fault.
   *
   * @param fault the fault and how many requests it applies to
   */
  public synchronized void add(ScheduledFault fault) {
    queue.addLast(fault);
  }

  /**
   * Takes the fault for the next request.
   *
   * @return the fault at the head, or empty when there is none
   */
  public synchronized Optional<Fault> next() {
    ScheduledFault head = queue.pollFirst();
    if (head == null) {
      return Optional.empty();
    }
    OptionalInt remaining = head.remainingRequests();
    if (remaining.isEmpty()) {
      queue.addFirst(head);
    } else if (remaining.getAsInt() > 1) {
      queue.addFirst(new ScheduledFault(head.fault(), OptionalInt.of(remaining.getAsInt() - 1)));
    }
    return Optional.of(head.fault());
  }

  /**
   * The faults still waiting.
   *
   * @return the queue, head first
   */
  public synchronized List<ScheduledFault> pending() {
    return ImmutableList.copyOf(queue);
  }

  /** Removes every fault. */
  public synchronized void clear() {
    queue.clear();
  }
}
