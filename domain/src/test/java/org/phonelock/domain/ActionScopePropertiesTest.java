package org.phonelock.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link ActionScope#select} against a brute-force restatement of api-contract.md ("Which lines
 * an action touches", "Permissions and visibility", "Filters"), on random small directories.
 */
class ActionScopePropertiesTest {

  private static final FilterField[] FIELDS = {
    FilterField.DEPARTMENT, FilterField.CUSTOM_FIELD_1, FilterField.CUSTOM_FIELD_10
  };
  /** Values that collide ignoring case or differ only by padding; "" means unset. */
  private static final String[] VALUES = {
    "", "R&D", "r&d", " R&D", "Sales", "SALES", "ſales", "İzmir", "izmir", "i\u0307zmir", "ıt", "IT"
  };

  @Property(tries = 3000)
  void selectsExactlyTheVisibleMatchingUsersInDirectoryOrder(
      @ForAll("directories") List<ImagicleUser> directory,
      @ForAll("callers") ImagicleUser caller,
      @ForAll("filters") Map<FilterField, String> filterValues) {
    ActionScope scope = new ActionScope(Visibility.of(caller), Filter.of(filterValues));
    List<ImagicleUser> expected = new ArrayList<>();
    for (ImagicleUser user : directory) {
      if (contractSees(caller, user) && contractMatches(filterValues, user)) {
        expected.add(user);
      }
    }
    assertThat(scope.select(directory)).containsExactlyElementsOf(expected);
  }

  @Property(tries = 3000)
  void anotherFilterFieldNeverWidensTheSelection(
      @ForAll("directories") List<ImagicleUser> directory,
      @ForAll("callers") ImagicleUser caller,
      @ForAll("filters") Map<FilterField, String> filterValues,
      @ForAll("setValues") String extraValue) {
    Visibility visibility = Visibility.of(caller);
    List<ImagicleUser> wide =
        new ActionScope(visibility, Filter.of(filterValues)).select(directory);
    List<ImagicleUser> visible = new ActionScope(visibility, Filter.none()).select(directory);
    for (FilterField extra : FIELDS) {
      Map<FilterField, String> narrower = new EnumMap<>(FilterField.class);
      narrower.putAll(filterValues);
      narrower.putIfAbsent(extra, extraValue);
      List<ImagicleUser> narrow =
          new ActionScope(visibility, Filter.of(narrower)).select(directory);
      assertThat(wide).containsAll(narrow);
    }
    assertThat(visible).containsAll(wide);
  }

  private static boolean contractSees(ImagicleUser caller, ImagicleUser user) {
    return switch (caller.permission()) {
      case IMAGICLE_ADMIN, COMPLETE_MANAGEMENT -> true;
      case MANAGE_DEPARTMENT_USER -> caller.department().isPresent()
          && user.department().isPresent()
          && TextArbitraries.contractMatches(user.department().get(), caller.department().get());
      case NONE -> false;
    };
  }

  private static boolean contractMatches(Map<FilterField, String> filter, ImagicleUser user) {
    return filter.entrySet().stream().allMatch(e -> {
      Optional<String> value = user.field(e.getKey());
      return value.isPresent() && TextArbitraries.contractMatches(value.get(), e.getValue());
    });
  }

  private static Arbitrary<Map<FilterField, String>> fieldValues() {
    return Arbitraries.of(VALUES).list().ofSize(FIELDS.length).map(values -> {
      Map<FilterField, String> fields = new EnumMap<>(FilterField.class);
      for (int i = 0; i < FIELDS.length; i++) {
        if (!values.get(i).isEmpty()) {
          fields.put(FIELDS[i], values.get(i));
        }
      }
      return fields;
    });
  }

  @Provide
  Arbitrary<List<ImagicleUser>> directories() {
    return fieldValues().list().ofMaxSize(8).map(specs -> {
      List<ImagicleUser> users = new ArrayList<>();
      for (int i = 0; i < specs.size(); i++) {
        Users user = Users.named("user" + i).line(String.valueOf(1000 + i));
        specs.get(i).forEach(user::field);
        users.add(user.build());
      }
      return users;
    });
  }

  @Provide
  Arbitrary<ImagicleUser> callers() {
    return Arbitraries.of(Permission.class).flatMap(permission -> Arbitraries.of(VALUES).map(
        department -> {
          Users caller = Users.named("caller").permission(permission);
          return (department.isEmpty() ? caller : caller.department(department)).build();
        }));
  }

  @Provide
  Arbitrary<Map<FilterField, String>> filters() {
    return fieldValues();
  }

  @Provide
  Arbitrary<String> setValues() {
    return Arbitraries.of(VALUES).filter(value -> !value.isEmpty());
  }
}
