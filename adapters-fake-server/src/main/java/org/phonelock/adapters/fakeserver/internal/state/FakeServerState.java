package org.phonelock.adapters.fakeserver.internal.state;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.phonelock.adapters.fakeserver.JournalEntry;
import org.phonelock.adapters.fakeserver.LineState;
import org.phonelock.adapters.fakeserver.UserDirectory;
import org.phonelock.domain.ActionScope;
import org.phonelock.domain.Filter;
import org.phonelock.domain.ImagicleUser;
import org.phonelock.domain.PhoneLockAction;

/**
 * What the fake server remembers: the loaded user directory with the lock state of every line,
 * the request journal and the injected faults. Thread-safe. An action and its journal entry are
 * written in one step, so that replaying the journal's successful requests one after the other
 * gives the current state (README, "The fake server"); loading another directory swaps users and
 * lines at once.
 */
public final class FakeServerState {
  /** One directory with the lock state and credentials that go with it. */
  private record Loaded(UserDirectory directory, LineStore lines, Authenticator authenticator) {
    public static Loaded of(UserDirectory directory) {
      return new Loaded(directory, new LineStore(directory.entries()),
          new Authenticator(directory.entries()));
    }
  }

  private final RequestJournal journal = new RequestJournal();
  private final FaultQueue faults = new FaultQueue();
  private volatile Loaded loaded;

  private FakeServerState(UserDirectory directory) {
    this.loaded = Loaded.of(directory);
  }

  /**
   * A fresh state for a directory.
   *
   * @param directory the directory
   * @return lines in their initial state, empty journal, no fault
   */
  public static FakeServerState of(UserDirectory directory) {
    return new FakeServerState(requireNonNull(directory, "directory"));
  }

  public Authenticator authenticator() {
    return loaded.authenticator();
  }

  public RequestJournal journal() {
    return journal;
  }

  public FaultQueue faults() {
    return faults;
  }

  /**
   * The lines of the loaded directory.
   *
   * @return a snapshot, in directory order
   */
  public List<LineState> lines() {
    return loaded.lines().snapshot();
  }

  /**
   * The lines of the users a filter matches, as {@code GET /__fake/lines?...} shows them.
   *
   * @param filter the filter, as a Phone Lock request would carry it
   * @return a snapshot of the matching users' lines, in directory order
   */
  public List<LineState> lines(Filter filter) {
    Loaded current = loaded;
    Set<String> names = current.directory().users().stream().filter(filter::matches)
        .map(ImagicleUser::username).collect(Collectors.toSet());
    return current.lines().snapshot().stream().filter(line -> names.contains(line.username()))
        .toList();
  }

  /**
   * Applies an action and records it, both before any other action, reset or load, so that the
   * journal lists applied actions in the order they took effect.
   *
   * @param action lock or unlock
   * @param scope the caller's visibility and filter
   * @param entry builds the journal entry from the counts and the action's applied order
   * @return the counts
   */
  public synchronized ActionSummary applyAndRecord(PhoneLockAction action, ActionScope scope,
      BiFunction<ActionSummary, Long, JournalEntry> entry) {
    ActionSummary summary = loaded.lines().apply(action, scope);
    journal.record(entry.apply(summary, journal.applied()));
    return summary;
  }

  /** Back to the loaded directory: initial line states, empty journal, no fault. */
  public synchronized void reset() {
    faults.clear();
    loaded.lines().reset();
    journal.clear();
  }

  /**
   * Replaces the directory: its users and their lines in their initial state, an empty journal
   * (its entries named the old users). Queued faults stay.
   *
   * @param directory the new directory
   */
  public synchronized void load(UserDirectory directory) {
    loaded = Loaded.of(requireNonNull(directory, "directory"));
    journal.clear();
  }
}
