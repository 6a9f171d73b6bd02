package org.phonelock.adapters.fakeserver;

import com.google.common.primitives.ImmutableIntArray;
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
 * maps each value, case-folded by {@link Text#foldCase} (equal after folding exactly when {@link
 * String#equalsIgnoreCase} holds, the comparison api-contract.md, "Filters" prescribes), to the
 * positions of the users holding it.
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
  UserIndex(List<ImagicleUser> users) {
    this.size = users.size();
    Map<FilterField, Map<String, ImmutableIntArray.Builder>> building =
        new EnumMap<>(FilterField.class);
    for (int position = 0; position < users.size(); position++) {
      for (Map.Entry<FilterField, String> field : users.get(position).fields().entrySet()) {
        building
            .computeIfAbsent(field.getKey(), f -> new HashMap<>())
            .computeIfAbsent(Text.foldCase(field.getValue()), v -> ImmutableIntArray.builder())
            .add(position);
      }
    }
    this.byField = new EnumMap<>(FilterField.class);
    building.forEach((field, values) -> {
      Map<String, ImmutableIntArray> built = new HashMap<>(values.size() * 4 / 3 + 1);
      values.forEach((value, positions) -> built.put(value, positions.build().trimmed()));
      byField.put(field, built);
    });
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
  Optional<ImmutableIntArray> candidates(ActionScope scope) {
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
  int size() {
    return size;
  }

  private ImmutableIntArray holders(FilterField field, String value) {
    Map<String, ImmutableIntArray> values = byField.get(field);
    ImmutableIntArray holders = values == null ? null : values.get(Text.foldCase(value));
    return holders == null ? ImmutableIntArray.of() : holders;
  }
}
