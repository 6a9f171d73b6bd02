package org.phonelock.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.phonelock.domain.FilterField.CUSTOM_FIELD_2;
import static org.phonelock.domain.FilterField.DEPARTMENT;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import org.junit.jupiter.api.Test;

/** {@link ImagicleUser}: the invariants of a directory user. */
class ImagicleUserTest {

  private static final ImmutableSortedMap<FilterField, String> NO_FIELDS = ImmutableSortedMap.of();
  private static final ImmutableList<PhoneLine> NO_LINES = ImmutableList.of();

  @Test
  void keepsFieldsLinesAndPermission() {
    ImagicleUser user =
        Users.named("ann").department("R&D").field(CUSTOM_FIELD_2, "Floor 2").line("1001")
            .line("1002@PT_Internal").permission(Permission.COMPLETE_MANAGEMENT).build();
    assertThat(user.username()).isEqualTo("ann");
    assertThat(user.department()).contains("R&D");
    assertThat(user.field(DEPARTMENT)).contains("R&D");
    assertThat(user.field(CUSTOM_FIELD_2)).contains("Floor 2");
    assertThat(user.field(FilterField.CUSTOM_FIELD_1)).isEmpty();
    assertThat(user.lines())
        .containsExactly(PhoneLine.of("1001"), PhoneLine.of("1002", "PT_Internal"));
    assertThat(user.permission()).isEqualTo(Permission.COMPLETE_MANAGEMENT);
  }

  @Test
  void aUserMayHaveNoDepartmentAndNoLines() {
    ImagicleUser user = new ImagicleUser("bob", NO_FIELDS, NO_LINES, Permission.NONE);
    assertThat(user.department()).isEmpty();
    assertThat(user.lines()).isEmpty();
  }

  @Test
  void theUserNameMustNotBeEmpty() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ImagicleUser("", NO_FIELDS, NO_LINES, Permission.NONE))
        .withMessage("user name must not be empty");
  }

  @Test
  void theUserNameMustNotHoldAColon() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ImagicleUser("ann:x", NO_FIELDS, NO_LINES, Permission.NONE))
        .withMessageContaining("'ann:x'")
        .withMessageContaining("':'");
  }

  @Test
  void aFieldValueMustNotBeEmpty() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Users.named("ann").field(CUSTOM_FIELD_2, "").build())
        .withMessageContaining("customField2")
        .withMessageContaining("'ann'")
        .withMessageContaining("empty");
  }

  @Test
  void nullsAreRefused() {
    assertThatNullPointerException()
        .isThrownBy(() -> new ImagicleUser(null, NO_FIELDS, NO_LINES, Permission.NONE));
    assertThatNullPointerException()
        .isThrownBy(() -> new ImagicleUser("ann", null, NO_LINES, Permission.NONE));
    assertThatNullPointerException()
        .isThrownBy(() -> new ImagicleUser("ann", NO_FIELDS, null, Permission.NONE));
    assertThatNullPointerException()
        .isThrownBy(() -> new ImagicleUser("ann", NO_FIELDS, NO_LINES, null));
  }
}
