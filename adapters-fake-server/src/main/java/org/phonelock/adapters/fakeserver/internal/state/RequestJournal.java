package org.phonelock.adapters.fakeserver.internal.state;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.phonelock.adapters.fakeserver.JournalEntry;

/**
 * The most recent Phone Lock requests in the order they arrived, oldest first. A request is
 * numbered and timed when it arrives but recorded when it is answered, which may be much later
 * (a delay fault, a slow password check); keeping entries sorted by that number lists them in
 * arrival order whatever order they finish in. Bounded, so a long-running fake does not grow
 * without end: past {@link #CAPACITY} the earliest arrival goes. Thread-safe.
 */
public final class RequestJournal {
  /** How many entries are kept. */
  public static final int CAPACITY = 10_000;

  /**
   * When a request arrived.
   *
   * @param sequence 1 for the first request this server saw, then 2, 3...
   * @param time the arrival time; never before an earlier arrival's time
   */
  public record Arrival(long sequence, Instant time) {}

  private final NavigableMap<Long, JournalEntry> entries = new TreeMap<>();
  private final Clock clock = Clock.systemUTC();
  private long arrived;
  private Instant latest = Instant.EPOCH;
  private long applied;

  /**
   * Numbers and times a request that has just arrived.
   *
   * @return its number and time; the wall clock may step back (NTP), so a time is never taken
   *     earlier than the previous one: order and time always agree
   */
  public synchronized Arrival arrive() {
    Instant now = clock.instant();
    latest = now.isAfter(latest) ? now : latest;
    return new Arrival(++arrived, latest);
  }

  /**
   * Numbers an action that is being applied; the caller holds the state's lock while it applies.
   *
   * @return 1 for the first action applied since the journal was last emptied, then 2, 3...
   */
  public synchronized long applied() {
    return ++applied;
  }

  /**
   * Records one request.
   *
   * @param entry the request, numbered by {@link #arrive()}
   */
  public synchronized void record(JournalEntry entry) {
    entries.put(entry.sequence(), entry);
    if (entries.size() > CAPACITY) {
      entries.pollFirstEntry();
    }
  }

  /**
   * The kept entries.
   *
   * @return a snapshot in arrival order
   */
  public synchronized List<JournalEntry> entries() {
    return ImmutableList.copyOf(entries.values());
  }

  /** Forgets every entry; arrival numbers go on, so that a request in flight keeps its place. */
  public synchronized void clear() {
    entries.clear();
    applied = 0;
  }
}
