package org.phonelock.adapters.fakeserver.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.primitives.ImmutableIntArray;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.phonelock.domain.ActionScope;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.ImagicleUser;
import org.phonelock.domain.Permission;
import org.phonelock.domain.Visibility;

/** The index proposes the smallest candidate set that every condition of the AND allows. */
class UserIndexTest {
  private static final FilterField DEPT = FilterField.DEPARTMENT;
  private static final FilterField SITE = FilterField.CUSTOM_FIELD_1;

  private final UserIndex index = new UserIndex(List.of(
      user("a", "IT", "Milano"), user("b", "it", "Milano"), user("c", "Sales", "Milano"),
      user("d", "Sales", "Roma"), user("e", "R&D", "Milano"), user("f", null, "MILANO")));

  @Test
  void aFilterValueNarrowsToItsHoldersIgnoringCase() {
    assertThat(candidates(Visibility.Global.INSTANCE, Map.of(DEPT, "iT"))).containsExactly(0, 1);
    assertThat(candidates(Visibility.Global.INSTANCE, Map.of(SITE, "milano")))
        .containsExactly(0, 1, 2, 4, 5);
  }

  @Test
  void severalConditionsNarrowToTheSmallestHolderSet() {
    assertThat(candidates(Visibility.Global.INSTANCE, Map.of(DEPT, "Sales", SITE, "Roma")))
        .containsExactly(3);
    assertThat(candidates(new Visibility.OwnDepartment("R&D"), Map.of(SITE, "Milano")))
        .containsExactly(4);
  }

  @Test
  void ownDepartmentVisibilityAloneNarrowsToThatDepartment() {
    assertThat(candidates(new Visibility.OwnDepartment("SALES"), Map.of()))
        .containsExactly(2, 3);
  }

  @Test
  void aValueNobodyHoldsAndDeniedVisibilityProposeNobody() {
    assertThat(candidates(Visibility.Global.INSTANCE, Map.of(DEPT, "Nobody"))).isEmpty();
    assertThat(candidates(Visibility.Global.INSTANCE, Map.of(FilterField.CUSTOM_FIELD_7, "x")))
        .isEmpty();
    assertThat(candidates(Visibility.Denied.INSTANCE, Map.of())).isEmpty();
  }

  @Test
  void globalVisibilityWithoutFilterDoesNotNarrow() {
    assertThat(index.candidates(new ActionScope(Visibility.Global.INSTANCE, Filter.none())))
        .isEmpty();
    assertThat(index.size()).isEqualTo(6);
  }

  private List<Integer> candidates(Visibility visibility, Map<FilterField, String> filter) {
    ImmutableIntArray found = index.candidates(new ActionScope(visibility, Filter.of(filter)))
        .orElseThrow();
    return found.asList();
  }

  private static ImagicleUser user(String name, String department, String site) {
    ImmutableSortedMap.Builder<FilterField, String> fields = ImmutableSortedMap.naturalOrder();
    if (department != null) {
      fields.put(DEPT, department);
    }
    fields.put(SITE, site);
    return new ImagicleUser(name, fields.build(), ImmutableList.of(), Permission.NONE);
  }
}
