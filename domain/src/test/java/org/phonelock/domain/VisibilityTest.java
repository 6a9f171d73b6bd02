package org.phonelock.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.phonelock.domain.Permission.COMPLETE_MANAGEMENT;
import static org.phonelock.domain.Permission.IMAGICLE_ADMIN;
import static org.phonelock.domain.Permission.MANAGE_DEPARTMENT_USER;
import static org.phonelock.domain.Permission.NONE;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Visibility}: the table of api-contract.md, "Permissions and visibility". */
class VisibilityTest {

  private static final ImagicleUser NO_DEPARTMENT = Users.named("nod").build();
  private static final ImagicleUser SALES = Users.named("sal").department("Sales").build();
  private static final ImagicleUser R_AND_D = Users.named("rnd").department("R&D").build();

  @Test
  void adminsAndCompleteManagersSeeEveryUser() {
    for (Permission permission : new Permission[] {IMAGICLE_ADMIN, COMPLETE_MANAGEMENT}) {
      ImagicleUser caller = Users.named("boss").permission(permission).department("R&D").build();
      Visibility visibility = Visibility.of(caller);
      assertThat(visibility).isEqualTo(Visibility.Global.INSTANCE);
      assertThat(visibility.canSee(NO_DEPARTMENT)).isTrue();
      assertThat(visibility.canSee(SALES)).isTrue();
      assertThat(visibility.canSee(R_AND_D)).isTrue();
    }
  }

  @Test
  void aDepartmentManagerSeesOwnDepartmentOnly() {
    ImagicleUser caller =
        Users.named("mgr").permission(MANAGE_DEPARTMENT_USER).department("R&D").build();
    Visibility visibility = Visibility.of(caller);
    assertThat(visibility).isEqualTo(new Visibility.OwnDepartment("R&D"));
    assertThat(visibility.canSee(R_AND_D)).isTrue();
    assertThat(visibility.canSee(caller)).isTrue();
    assertThat(visibility.canSee(SALES)).isFalse();
    assertThat(visibility.canSee(NO_DEPARTMENT)).isFalse();
  }

  @Test
  void aDepartmentManagerWithoutDepartmentIsDenied() {
    ImagicleUser caller = Users.named("mgr").permission(MANAGE_DEPARTMENT_USER).build();
    assertThat(Visibility.of(caller)).isEqualTo(Visibility.Denied.INSTANCE);
  }

  @Test
  void aCallerWithoutPhoneLockPermissionSeesNobody() {
    ImagicleUser caller = Users.named("joe").permission(NONE).department("R&D").build();
    Visibility visibility = Visibility.of(caller);
    assertThat(visibility).isEqualTo(Visibility.Denied.INSTANCE);
    assertThat(visibility.canSee(R_AND_D)).isFalse();
    assertThat(visibility.canSee(caller)).isFalse();
    assertThat(visibility.canSee(NO_DEPARTMENT)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"R&D, R&D, true", "R&D, r&d, true", "r&d, R&D, true", "İzmir, izmir, false", "ıt, IT, false", "İzmir, i\u0307zmir, true",
    "R&D, ' R&D', false", "R&D, 'R&D ', false", "R&D, Sales, false", "R&D, R&D2, false"})
  void ownDepartmentComparesIgnoringCaseAndOtherwiseExactly(
      String callersDepartment, String usersDepartment, boolean sees) {
    ImagicleUser user = Users.named("u").department(usersDepartment).build();
    assertThat(new Visibility.OwnDepartment(callersDepartment).canSee(user)).isEqualTo(sees);
  }

  @Test
  void ownDepartmentMustBeNamed() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Visibility.OwnDepartment(""))
        .withMessageContaining("department must not be empty");
    assertThatNullPointerException().isThrownBy(() -> new Visibility.OwnDepartment(null));
  }
}
