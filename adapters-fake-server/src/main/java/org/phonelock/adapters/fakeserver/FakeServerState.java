package org.phonelock.adapters.fakeserver;

import java.util.function.Function;
import org.phonelock.domain.ActionScope;
import org.phonelock.domain.PhoneLockAction;

/**
 * What the fake server remembers: the lock state of every line, the request journal and the
 * injected faults. Each part is thread-safe on its own; an action and its journal entry are
 * written in one step, so that replaying the journal's successful requests one after the other
 * gives the current state (issue 3, "Reliability").
 *
 * @param lines the lock state
 * @param journal the request journal
 * @param faults the injected faults
 */
record FakeServerState(LineStore lines, RequestJournal journal, FaultQueue faults) {
  /**
   * A fresh state for a directory.
   *
   * @param directory the directory
   * @return lines in their initial state, empty journal, no fault
   */
  static FakeServerState of(UserDirectory directory) {
    return new FakeServerState(
        new LineStore(directory.entries()), new RequestJournal(), new FaultQueue());
  }

  /**
   * Applies an action and records it, both before any other action or reset, so that the journal
   * lists applied actions in the order they took effect.
   *
   * @param action lock or unlock
   * @param scope the caller's visibility and filter
   * @param entry builds the journal entry from the counts
   * @return the counts
   */
  synchronized ActionSummary applyAndRecord(PhoneLockAction action, ActionScope scope,
      Function<ActionSummary, JournalEntry> entry) {
    ActionSummary summary = lines.apply(action, scope);
    journal.record(entry.apply(summary));
    return summary;
  }

  /** Back to the loaded directory: initial line states, empty journal, no fault. */
  synchronized void reset() {
    faults.clear();
    lines.reset();
    journal.clear();
  }
}
