package org.phonelock.adapters.fakeserver;

/**
 * What the fake server remembers: the lock state of every line, the request journal and the
 * injected faults. Each part is thread-safe on its own.
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

  /** Back to the loaded directory: initial line states, empty journal, no fault. */
  void reset() {
    faults.clear();
    lines.reset();
    journal.clear();
  }
}
