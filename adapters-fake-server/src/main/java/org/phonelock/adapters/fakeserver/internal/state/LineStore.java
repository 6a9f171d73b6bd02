package org.phonelock.adapters.fakeserver.internal.state;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.phonelock.adapters.fakeserver.LineState;
import org.phonelock.adapters.fakeserver.internal.directory.DirectoryEntry;
import org.phonelock.domain.ActionScope;
import org.phonelock.domain.ImagicleUser;
import org.phonelock.domain.PhoneLine;
import org.phonelock.domain.PhoneLockAction;

/**
 * The lock state of every phone line of the directory. Which users an action touches is decided
 * by the domain's {@link ActionScope} (api-contract.md, "Which lines an action touches"); this
 * class only sets their lines. A {@link UserIndex} proposes the users that can match, so an action
 * costs time in proportion to the users it selects, not to the directory. Each action runs under
 * one lock, so concurrent actions behave as if they ran one after the other, and their {@code
 * changedLines} add up.
 *
 * <p>The lines of all users are numbered one after the other in directory order, user {@code u}
 * owning lines {@code firstLine[u]} to {@code firstLine[u + 1] - 1}, and their states are one bit
 * each: a few bytes per user instead of an array per user.
 */
public final class LineStore {
  private final ImmutableList<DirectoryEntry> entries;
  private final int[] firstLine;
  private final BitSet initiallyLocked;
  private final BitSet locked;
  private final UserIndex index;

  /**
   * Starts every line in its directory's initial state.
   *
   * @param entries the directory
   */
  public LineStore(ImmutableList<DirectoryEntry> entries) {
    this.entries = entries;
    this.firstLine = new int[entries.size() + 1];
    this.initiallyLocked = new BitSet();
    for (int u = 0; u < entries.size(); u++) {
      DirectoryEntry entry = entries.get(u);
      firstLine[u + 1] = Math.addExact(firstLine[u], entry.user().lines().size());
      initiallyLocked.set(firstLine[u], firstLine[u + 1], entry.initiallyLocked());
    }
    this.locked = (BitSet) initiallyLocked.clone();
    this.index = new UserIndex(entries.stream().map(DirectoryEntry::user).toList());
  }

  /**
   * Locks or unlocks every line of the users in {@code scope}.
   *
   * @param action lock or unlock
   * @param scope the caller's visibility and filter
   * @return the counts, with {@code changedLines} counting only lines whose state changed
   */
  public synchronized ActionSummary apply(PhoneLockAction action, ActionScope scope) {
    Tally tally = new Tally(action.targetLockedState(), scope);
    Optional<ImmutableIntArray> candidates = index.candidates(scope);
    if (candidates.isPresent()) {
      candidates.get().forEach(tally::visit);
    } else {
      for (int u = 0; u < entries.size(); u++) {
        tally.visit(u);
      }
    }
    return new ActionSummary(action.endpointName(), tally.users, tally.lines, tally.changed);
  }

  /**
   * A snapshot of every line.
   *
   * @return one state per line, in directory order
   */
  public synchronized List<LineState> snapshot() {
    ImmutableList.Builder<LineState> states = ImmutableList.builder();
    for (int u = 0; u < entries.size(); u++) {
      ImagicleUser user = entries.get(u).user();
      String department = user.department().orElse(null);
      for (int l = firstLine[u]; l < firstLine[u + 1]; l++) {
        PhoneLine line = user.lines().get(l - firstLine[u]);
        states.add(new LineState(user.username(), department, line.extension(),
            line.partition().orElse(null), locked.get(l)));
      }
    }
    return states.build();
  }

  /** Puts every line back in its directory's initial state. */
  public synchronized void reset() {
    locked.clear();
    locked.or(initiallyLocked);
  }

  /** Applies one action to candidate users and counts what it did; used under the lock. */
  private final class Tally {
    private final boolean target;
    private final ActionScope scope;
    private int users;
    private int lines;
    private int changed;

    Tally(boolean target, ActionScope scope) {
      this.target = target;
      this.scope = scope;
    }

    /** The domain rule is the final word on every candidate the index proposed. */
    void visit(int u) {
      if (!scope.includes(entries.get(u).user())) {
        return;
      }
      int from = firstLine[u];
      int to = firstLine[u + 1];
      users++;
      lines += to - from;
      for (int l = from; l < to; l++) {
        changed += locked.get(l) == target ? 0 : 1;
      }
      locked.set(from, to, target);
    }
  }
}
