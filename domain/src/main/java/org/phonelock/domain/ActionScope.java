package org.phonelock.domain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * The one rule that decides which users, and so which phone lines, an action touches
 * (api-contract.md, "Which lines an action touches"): the users visible to the caller AND
 * matching every filter. Visibility narrows silently: a department manager filtering on another
 * department matches nobody (api-contract.md, "decided here").
 *
 * @param visibility the caller's visibility
 * @param filter the action's filter; empty means every visible user
 */
public record ActionScope(Visibility visibility, Filter filter) {

  public ActionScope {
    requireNonNull(visibility, "visibility");
    requireNonNull(filter, "filter");
  }

  /**
   * Tells whether the action touches {@code user}'s lines.
   *
   * @param user a directory user
   * @return true when the caller sees the user and the user matches the filter
   */
  public boolean includes(ImagicleUser user) {
    return visibility.canSee(user) && filter.matches(user);
  }

  /**
   * The users whose lines the action touches, in directory order.
   *
   * @param directory all users
   * @return the selected users
   */
  public ImmutableList<ImagicleUser> select(Iterable<ImagicleUser> directory) {
    ImmutableList.Builder<ImagicleUser> selected = ImmutableList.builder();
    for (ImagicleUser user : directory) {
      if (includes(user)) {
        selected.add(user);
      }
    }
    return selected.build();
  }
}
