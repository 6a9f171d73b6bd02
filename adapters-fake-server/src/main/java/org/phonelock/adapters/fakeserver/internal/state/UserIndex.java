package org.phonelock.adapters.fakeserver.internal.state;

import com.google.common.primitives.ImmutableIntArray;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.phonelock.domain.ActionScope;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.ImagicleUser;
import org.phonelock.domain.Text;
import org.phonelock.domain.Visibility;

/**
 * Narrows an action to the users that can possibly match it, so that an action costs time in
 * proportion to the users it selects rather than to the directory. For every filterable field it
 * maps each value's {@link Text#caseKey} (two values match exactly when their keys are equal, the
 * comparison api-contract.md, "Filters" prescribes) to the positions of the users holding it.
 *
 * <p>The index only proposes candidates; it never decides. {@link LineStore} still asks {@link
 * ActionScope#includes} of every candidate, so the rule of "Which lines an action touches" stays
 * in the domain, and a narrowing this class does not know (a new kind of visibility) falls back
 * to every user.
 */
final class UserIndex {
  private final int size;
  private final Map<FilterField, Map<String, ImmutableIntArray>> byField;

  /**
   * Indexes the users' field values.
   *
   * @param users the directory's users; positions in this list are the indexed positions
   */
  public UserIndex(List<ImagicleUser> users) {
    this.size = users.size();
    // Grouped by the value as spelt first: values repeat (a department has many users), so each
    // distinct spelling is folded once instead of once per user.
    Map<FilterField, Map<String, ImmutableIntArray.Builder>> bySpelling =
        new EnumMap<>(FilterField.class);
    for (int position = 0; position < users.size(); position++) {
      int user = position;
      users.get(position).fields().forEach((field, value) -> bySpelling
          .computeIfAbsent(field, f -> new HashMap<>())
          .computeIfAbsent(value, v -> ImmutableIntArray.builder())
          .add(user));
    }
    this.byField = new EnumMap<>(FilterField.class);
    bySpelling.forEach((field, spellings) -> byField.put(field, folded(spellings)));
  }

  /** Merges the spellings that fold alike; positions stay ascending. */
  private static Map<String, ImmutableIntArray> folded(
      Map<String, ImmutableIntArray.Builder> spellings) {
    Map<String, ImmutableIntArray> folded = new HashMap<>(spellings.size() * 4 / 3 + 1);
    spellings.forEach((spelling, positions) -> folded.merge(Text.caseKey(spelling),
        positions.build().trimmed(), UserIndex::union));
    return folded;
  }

  private static ImmutableIntArray union(ImmutableIntArray a, ImmutableIntArray b) {
    int[] all = new int[a.length() + b.length()];
    System.arraycopy(a.toArray(), 0, all, 0, a.length());
    System.arraycopy(b.toArray(), 0, all, a.length(), b.length());
    Arrays.sort(all);
    return ImmutableIntArray.copyOf(all);
  }

  /**
   * The users an action can touch: the smallest of the sets that its filter values and the
   * caller's own-department visibility each allow. Every user outside it fails at least one
   * condition of the AND; a user inside it may still fail another, which the caller checks.
   *
   * @param scope the action's visibility and filter
   * @return the candidate positions in ascending (directory) order, or empty when nothing narrows
   *     the action (global visibility and no filter): then every user is a candidate
   */
  public Optional<ImmutableIntArray> candidates(ActionScope scope) {
    Visibility visibility = scope.visibility();
    if (visibility instanceof Visibility.Denied) {
      return Optional.of(ImmutableIntArray.of());
    }
    ImmutableIntArray smallest = null;
    if (visibility instanceof Visibility.OwnDepartment own) {
      smallest = holders(FilterField.DEPARTMENT, own.department());
    }
    for (Map.Entry<FilterField, String> value : scope.filter().values().entrySet()) {
      ImmutableIntArray holders = holders(value.getKey(), value.getValue());
      if (smallest == null || holders.length() < smallest.length()) {
        smallest = holders;
      }
    }
    return Optional.ofNullable(smallest);
  }

  /**
   * How many users were indexed.
   *
   * @return the directory size
   */
  public int size() {
    return size;
  }

  private ImmutableIntArray holders(FilterField field, String value) {
    Map<String, ImmutableIntArray> values = byField.get(field);
    ImmutableIntArray holders = values == null ? null : values.get(Text.caseKey(value));
    return holders == null ? ImmutableIntArray.of() : holders;
  }
}
