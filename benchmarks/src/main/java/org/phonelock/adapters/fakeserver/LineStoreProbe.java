package org.phonelock.adapters.fakeserver;

import org.phonelock.domain.ActionScope;
import org.phonelock.domain.PhoneLockAction;

/**
 * Benchmarks only (B3): reaches the fake server's package-private {@link LineStore} from the
 * benchmarks module, which shares its package on the class path, so that the cost of one action
 * can be measured without the HTTP exchange around it.
 */
public final class LineStoreProbe {
  private final LineStore store;

  /**
   * A line store over a directory, as the fake server builds it.
   *
   * @param directory the directory
   */
  public LineStoreProbe(UserDirectory directory) {
    this.store = new LineStore(directory.entries());
  }

  /**
   * Locks the lines of the users in {@code scope}.
   *
   * @param scope the visibility and filter
   * @return the number of lines matched
   */
  public int lock(ActionScope scope) {
    return store.apply(PhoneLockAction.LOCK, scope).matchedLines();
  }
}
