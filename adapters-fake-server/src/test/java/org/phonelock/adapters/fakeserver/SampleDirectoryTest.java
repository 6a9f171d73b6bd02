package org.phonelock.adapters.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.phonelock.adapters.fakeserver.internal.directory.DirectoryEntry;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.ImagicleUser;
import org.phonelock.domain.Permission;

/** The bundled sample directory: a realistic company with the documented demo accounts. */
class SampleDirectoryTest {
  private final UserDirectory sample = UserDirectory.sample();
  private final List<ImagicleUser> users = sample.users();

  @Test
  void isACompanyOfAtLeast200UsersInAtLeast8Departments() {
    assertThat(users).hasSizeGreaterThanOrEqualTo(200);
    Set<String> departments = users.stream().flatMap(u -> u.department().stream())
        .collect(Collectors.toSet());
    assertThat(departments).hasSizeGreaterThanOrEqualTo(8).contains("R&D", "Sales & Marketing",
        "Customer Care", "Amministrazione", "Logística", "Qualité", "IT", "Human Resources",
        "Legal");
  }

  @Test
  void hasUsersWithSeveralLinesPartitionsNoLinesAndCustomFields() {
    assertThat(users).anyMatch(u -> u.lines().size() >= 2);
    assertThat(users).anyMatch(u -> u.lines().size() >= 3);
    assertThat(users).anyMatch(u -> u.lines().stream().anyMatch(l -> l.partition().isPresent()));
    assertThat(users).anyMatch(u -> u.lines().isEmpty());
    assertThat(users).anyMatch(u -> u.department().isEmpty());
    for (FilterField field : List.of(FilterField.CUSTOM_FIELD_1, FilterField.CUSTOM_FIELD_2,
        FilterField.CUSTOM_FIELD_3, FilterField.CUSTOM_FIELD_4, FilterField.CUSTOM_FIELD_5)) {
      assertThat(users).as(field.apiName()).anyMatch(u -> u.field(field).isPresent());
    }
    assertThat(users).anyMatch(u -> !u.username().chars().allMatch(c -> c < 128));
  }

  @Test
  void everyLineStartsUnlocked() {
    assertThat(sample.entries()).noneMatch(DirectoryEntry::initiallyLocked);
  }

  @Test
  void hasTheDocumentedApiAccountsAndNoOtherPasswords() {
    Map<String, Permission> accounts = Map.of(
        "admin", Permission.IMAGICLE_ADMIN,
        "lock-manager", Permission.COMPLETE_MANAGEMENT,
        "rd-manager", Permission.MANAGE_DEPARTMENT_USER,
        "sales-manager", Permission.MANAGE_DEPARTMENT_USER,
        "orphan-manager", Permission.MANAGE_DEPARTMENT_USER,
        "no-rights", Permission.NONE,
        "françois.admin", Permission.COMPLETE_MANAGEMENT);
    accounts.forEach((name, permission) ->
        assertThat(user(name).permission()).as(name).isEqualTo(permission));
    assertThat(user("admin").department()).hasValue("IT");
    assertThat(user("lock-manager").department()).hasValue("IT");
    assertThat(user("rd-manager").department()).hasValue("R&D");
    assertThat(user("sales-manager").department()).hasValue("Sales & Marketing");
    assertThat(user("orphan-manager").department()).isEmpty();
    assertThat(sample.entries().stream().filter(e -> e.password().isPresent())
        .map(e -> e.user().username())).containsExactlyInAnyOrderElementsOf(accounts.keySet());
    // The passwords themselves are checked over HTTP by SampleAccountsTest.
  }

  @Test
  void hasRdExample1UsersAndTheirNearMisses() {
    Predicate<ImagicleUser> rd = u -> u.department().equals(Optional.of("R&D"));
    List<ImagicleUser> example1 = users.stream().filter(rd)
        .filter(u -> u.field(FilterField.CUSTOM_FIELD_1).equals(Optional.of("Example1"))).toList();
    assertThat(example1).hasSizeGreaterThanOrEqualTo(5);
    assertThat(example1).anyMatch(u -> u.lines().size() >= 2);
    assertThat(example1).anyMatch(u -> u.lines().stream().anyMatch(l -> l.partition().isPresent()));
    assertThat(example1).anyMatch(u -> u.lines().stream().allMatch(l -> l.partition().isEmpty()));
    assertThat(users).filteredOn(rd).extracting(u -> u.field(FilterField.CUSTOM_FIELD_1))
        .contains(Optional.of("Example2"), Optional.of("example1x"), Optional.empty(),
            Optional.of("Example1 "), Optional.of("EXAMPLE1"));
    assertThat(users).filteredOn(rd.negate())
        .anyMatch(u -> u.field(FilterField.CUSTOM_FIELD_1).equals(Optional.of("Example1")));
  }

  private ImagicleUser user(String name) {
    return users.stream().filter(u -> u.username().equals(name)).findFirst().orElseThrow();
  }
}
