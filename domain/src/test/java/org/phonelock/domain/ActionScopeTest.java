package org.phonelock.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.phonelock.domain.FilterField.CUSTOM_FIELD_1;
import static org.phonelock.domain.FilterField.DEPARTMENT;
import static org.phonelock.domain.Permission.COMPLETE_MANAGEMENT;
import static org.phonelock.domain.Permission.IMAGICLE_ADMIN;
import static org.phonelock.domain.Permission.MANAGE_DEPARTMENT_USER;
import static org.phonelock.domain.Permission.NONE;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ActionScope}: api-contract.md, "Which lines an action touches" and "Permissions and
 * visibility", on a small fixed directory.
 */
class ActionScopeTest {

  private static final ImagicleUser SALES_A =
      Users.named("sa").department("Sales").field(CUSTOM_FIELD_1, "X").line("2001").build();
  private static final ImagicleUser RND_A =
      Users.named("ra").department("R&D").field(CUSTOM_FIELD_1, "X").line("1001").build();
  private static final ImagicleUser NO_DEPARTMENT =
      Users.named("nd").field(CUSTOM_FIELD_1, "X").line("3001").build();
  private static final ImagicleUser SALES_B =
      Users.named("sb").department("SALES").line("2002@PT").build();
  private static final ImagicleUser RND_B =
      Users.named("rb").department("r&d").field(CUSTOM_FIELD_1, "Y").build();
  private static final List<ImagicleUser> DIRECTORY =
      List.of(SALES_A, RND_A, NO_DEPARTMENT, SALES_B, RND_B);

  private static final Filter SALES = Filter.builder().put(DEPARTMENT, "Sales").build();
  private static final Filter X = Filter.builder().put(CUSTOM_FIELD_1, "x").build();

  private static Visibility visibilityOf(Permission permission, String department) {
    Users caller = Users.named("caller").permission(permission);
    return Visibility.of(
        department == null ? caller.build() : caller.department(department).build());
  }

  @Test
  void aGlobalCallerSelectsEveryMatchingUserInDirectoryOrder() {
    for (Permission global : new Permission[] {IMAGICLE_ADMIN, COMPLETE_MANAGEMENT}) {
      Visibility visibility = visibilityOf(global, "R&D");
      assertThat(new ActionScope(visibility, SALES).select(DIRECTORY))
          .containsExactly(SALES_A, SALES_B);
      assertThat(new ActionScope(visibility, X).select(DIRECTORY))
          .containsExactly(SALES_A, RND_A, NO_DEPARTMENT);
    }
  }

  @Test
  void noFilterSelectsEveryVisibleUserInDirectoryOrder() {
    assertThat(new ActionScope(visibilityOf(IMAGICLE_ADMIN, null), Filter.none()).select(DIRECTORY))
        .containsExactlyElementsOf(DIRECTORY);
    assertThat(
            new ActionScope(visibilityOf(MANAGE_DEPARTMENT_USER, "R&D"), Filter.none())
                .select(DIRECTORY))
        .containsExactly(RND_A, RND_B);
  }

  @Test
  void aDepartmentManagerFilteringOnAnotherDepartmentSelectsNobody() {
    ActionScope scope = new ActionScope(visibilityOf(MANAGE_DEPARTMENT_USER, "R&D"), SALES);
    assertThat(scope.select(DIRECTORY)).isEmpty();
    assertThat(scope.includes(SALES_A)).isFalse();
  }

  @Test
  void aDepartmentManagersFilterIsNarrowedToOwnDepartment() {
    Visibility manager = visibilityOf(MANAGE_DEPARTMENT_USER, "R&D");
    assertThat(new ActionScope(manager, X).select(DIRECTORY)).containsExactly(RND_A);
    Filter ownDepartment = Filter.builder().put(DEPARTMENT, "R&D").build();
    assertThat(new ActionScope(manager, ownDepartment).select(DIRECTORY))
        .containsExactly(RND_A, RND_B);
  }

  @Test
  void aDeniedCallerSelectsNobody() {
    Visibility[] denied = {
      visibilityOf(NONE, "R&D"),
      visibilityOf(NONE, null),
      visibilityOf(MANAGE_DEPARTMENT_USER, null)
    };
    for (Visibility visibility : denied) {
      assertThat(visibility).isEqualTo(Visibility.Denied.INSTANCE);
      assertThat(new ActionScope(visibility, Filter.none()).select(DIRECTORY)).isEmpty();
      assertThat(new ActionScope(visibility, SALES).select(DIRECTORY)).isEmpty();
    }
  }

  @Test
  void includesAgreesWithSelect() {
    ActionScope scope = new ActionScope(Visibility.Global.INSTANCE, X);
    assertThat(DIRECTORY).filteredOn(scope::includes).isEqualTo(scope.select(DIRECTORY));
  }

  @Test
  void anEmptyDirectorySelectsNobody() {
    assertThat(new ActionScope(Visibility.Global.INSTANCE, Filter.none()).select(List.of()))
        .isEmpty();
  }

  @Test
  void nullsAreRefused() {
    assertThatNullPointerException().isThrownBy(() -> new ActionScope(null, Filter.none()));
    assertThatNullPointerException()
        .isThrownBy(() -> new ActionScope(Visibility.Global.INSTANCE, null));
  }
}
