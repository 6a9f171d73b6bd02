package org.phonelock.adapters.fakeserver;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The most recent Phone Lock requests, oldest first, in the order they were answered. Bounded, so
 * a long-running fake does not grow without end: past {@link #CAPACITY} the oldest entry goes.
 * Thread-safe.
 */
final class RequestJournal {
  /** How many entries are kept. */
  static final int CAPACITY = 10_000;

  private final Deque<JournalEntry> entries = new ArrayDeque<>();

  /**
   * Records one request.
   *
   * @param entry the request
   */
  synchronized void record(JournalEntry entry) {
    if (entries.size() == CAPACITY) {
      entries.removeFirst();
    }
    entries.addLast(entry);
  }

  /**
   * The kept entries.
   *
   * @return a snapshot, oldest first
   */
  synchronized List<JournalEntry> entries() {
    return ImmutableList.copyOf(entries);
  }

  /** Forgets every entry. */
  synchronized void clear() {
    entries.clear();
  }
}
