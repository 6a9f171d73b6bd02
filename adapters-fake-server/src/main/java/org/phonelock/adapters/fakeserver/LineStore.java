package org.phonelock.adapters.fakeserver;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import org.phonelock.domain.ActionScope;
import org.phonelock.domain.ImagicleUser;
import org.phonelock.domain.PhoneLine;
import org.phonelock.domain.PhoneLockAction;

/**
 * The lock state of every phone line of the directory. Which users an action touches is decided
 * by the domain's {@link ActionScope} (api-contract.md, "Which lines an action touches"); this
 * class only sets their lines. Each action runs under one lock, so concurrent actions behave as
 * if they ran one after the other, and their {@code changedLines} add up.
 */
final class LineStore {
  private final ImmutableList<DirectoryEntry> entries;
  private final boolean[][] locked;

  /**
   * Starts every line in its directory's initial state.
   *
   * @param entries the directory
   */
  LineStore(ImmutableList<DirectoryEntry> entries) {
    this.entries = entries;
    this.locked = new boolean[entries.size()][];
    reset();
  }

  /**
   * Locks or unlocks every line of the users in {@code scope}.
   *
   * @param action lock or unlock
   * @param scope the caller's visibility and filter
   * @return the counts, with {@code changedLines} counting only lines whose state changed
   */
  synchronized ActionSummary apply(PhoneLockAction action, ActionScope scope) {
    boolean target = action.targetLockedState();
    int users = 0;
    int lines = 0;
    int changed = 0;
    for (int u = 0; u < entries.size(); u++) {
      if (scope.includes(entries.get(u).user())) {
        users++;
        lines += locked[u].length;
        for (int l = 0; l < locked[u].length; l++) {
          changed += locked[u][l] == target ? 0 : 1;
          locked[u][l] = target;
        }
      }
    }
    return new ActionSummary(action.endpointName(), users, lines, changed);
  }

  /**
   * A snapshot of every line.
   *
   * @return one state per line, in directory order
   */
  synchronized List<LineState> snapshot() {
    ImmutableList.Builder<LineState> states = ImmutableList.builder();
    for (int u = 0; u < entries.size(); u++) {
      ImagicleUser user = entries.get(u).user();
      String department = user.department().orElse(null);
      for (int l = 0; l < locked[u].length; l++) {
        PhoneLine line = user.lines().get(l);
        states.add(new LineState(user.username(), department, line.extension(),
            line.partition().orElse(null), locked[u][l]));
      }
    }
    return states.build();
  }

  /** Puts every line back in its directory's initial state. */
  synchronized void reset() {
    for (int u = 0; u < entries.size(); u++) {
      DirectoryEntry entry = entries.get(u);
      locked[u] = new boolean[entry.user().lines().size()];
      Arrays.fill(locked[u], entry.initiallyLocked());
    }
  }
}
