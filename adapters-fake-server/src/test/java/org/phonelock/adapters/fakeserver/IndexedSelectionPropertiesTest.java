package org.phonelock.adapters.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.phonelock.adapters.fakeserver.internal.directory.DirectoryEntry;
import org.phonelock.adapters.fakeserver.internal.state.ActionSummary;
import org.phonelock.adapters.fakeserver.internal.state.LineStore;
import org.phonelock.domain.ActionScope;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.ImagicleUser;
import org.phonelock.domain.Permission;
import org.phonelock.domain.PhoneLine;
import org.phonelock.domain.PhoneLockAction;
import org.phonelock.domain.Visibility;

/**
 * The indexed {@link LineStore} touches exactly the lines of the users the domain's {@link
 * ActionScope#select} selects (api-contract.md, "Which lines an action touches"), for values made
 * of characters whose case mappings are irregular (so that case-insensitive collisions are
 * frequent), every kind of visibility, and filters on one to three fields.
 */
class IndexedSelectionPropertiesTest {
  /** ß, long s, Kelvin sign, dotted and dotless i, final sigma, Ohm sign, Deseret letters. */
  private static final String TRICKY = "sSſßkKKiIİıσΣςΩωΩa\uD801\uDC00\uD801\uDC28";
  private static final List<FilterField> FIELDS = List.of(
      FilterField.DEPARTMENT, FilterField.CUSTOM_FIELD_1, FilterField.CUSTOM_FIELD_10);

  @Property(tries = 300)
  void anActionTouchesExactlyTheLinesOfTheUsersTheDomainSelects(
      @ForAll("users") List<Tuple.Tuple2<ImagicleUser, Boolean>> directory,
      @ForAll("visibilities") Visibility visibility, @ForAll("filters") Filter filter,
      @ForAll boolean lock) {
    ImmutableList<DirectoryEntry> entries = directory.stream()
        .map(u -> new DirectoryEntry(u.get1(), Optional.empty(), u.get2()))
        .collect(ImmutableList.toImmutableList());
    LineStore store = new LineStore(entries);
    List<LineState> before = store.snapshot();
    ActionScope scope = new ActionScope(visibility, filter);
    List<ImagicleUser> users = entries.stream().map(DirectoryEntry::user).toList();
    List<ImagicleUser> selected = scope.select(users);

    ActionSummary summary =
        store.apply(lock ? PhoneLockAction.LOCK : PhoneLockAction.UNLOCK, scope);

    List<Boolean> expected = new ArrayList<>();
    int changed = 0;
    int line = 0;
    for (ImagicleUser user : users) {
      for (int l = 0; l < user.lines().size(); l++, line++) {
        boolean touched = selected.contains(user);
        expected.add(touched ? lock : before.get(line).locked());
        changed += touched && before.get(line).locked() != lock ? 1 : 0;
      }
    }
    assertThat(store.snapshot()).extracting(LineState::locked).isEqualTo(expected);
    assertThat(summary).isEqualTo(new ActionSummary(
        lock ? "Lock" : "Unlock", selected.size(),
        selected.stream().mapToInt(u -> u.lines().size()).sum(), changed));
  }

  @Test
  void aFilterValueMatchesHoldersOfEveryCaseVariantAndNobodyElse() {
    ImmutableList<DirectoryEntry> entries = ImmutableList.of(
        entry("a", "Straße"), entry("b", "STRASSE"), entry("c", "straße"), entry("d", "STRAẞE"),
        entry("e", "Kelvin"), entry("f", "\u212Aelvin"));
    LineStore store = new LineStore(entries);
    ActionSummary summary = store.apply(PhoneLockAction.LOCK, new ActionScope(
        Visibility.Global.INSTANCE, Filter.of(java.util.Map.of(FilterField.DEPARTMENT,
            "STRASSE"))));
    // equalsIgnoreCase compares char by char: "STRASSE" has one char more than "Straße".
    assertThat(summary.matchedUsers()).isEqualTo(1);
    assertThat(store.apply(PhoneLockAction.LOCK, new ActionScope(Visibility.Global.INSTANCE,
        Filter.of(java.util.Map.of(FilterField.DEPARTMENT, "kelvin")))).matchedUsers())
        .isEqualTo(2);
    assertThat(store.apply(PhoneLockAction.LOCK, new ActionScope(Visibility.Global.INSTANCE,
        Filter.of(java.util.Map.of(FilterField.DEPARTMENT, "strasse")))).matchedUsers())
        .isEqualTo(1);
    assertThat(store.apply(PhoneLockAction.LOCK, new ActionScope(Visibility.Global.INSTANCE,
        Filter.of(java.util.Map.of(FilterField.DEPARTMENT, "STRAßE")))).matchedUsers())
        .isEqualTo(3);
  }

  @Provide
  Arbitrary<List<Tuple.Tuple2<ImagicleUser, Boolean>>> users() {
    Arbitrary<ImagicleUser> user = Combinators.combine(
            fieldValues(), Arbitraries.integers().between(0, 3), Arbitraries.integers())
        .as((fields, lines, id) -> new ImagicleUser("u" + id, fields,
            IntStream.range(0, lines).mapToObj(l -> PhoneLine.of(id + "-" + l))
                .collect(ImmutableList.toImmutableList()), Permission.NONE));
    return Combinators.combine(user, Arbitraries.of(true, false)).as(Tuple::of)
        .list().ofMaxSize(25);
  }

  @Provide
  Arbitrary<Visibility> visibilities() {
    return Arbitraries.oneOf(Arbitraries.just(Visibility.Global.INSTANCE),
        Arbitraries.just(Visibility.Denied.INSTANCE),
        trickyValue().map(Visibility.OwnDepartment::new));
  }

  @Provide
  Arbitrary<Filter> filters() {
    return fieldValues().map(Filter::new);
  }

  private static Arbitrary<ImmutableSortedMap<FilterField, String>> fieldValues() {
    return Arbitraries.maps(Arbitraries.of(FIELDS), trickyValue()).ofMaxSize(3)
        .map(ImmutableSortedMap::copyOf);
  }

  /** One or two code points from {@link #TRICKY}, so that case variants collide often. */
  private static Arbitrary<String> trickyValue() {
    List<String> codePoints =
        TRICKY.codePoints().mapToObj(Character::toString).toList();
    return Arbitraries.of(codePoints).list().ofMinSize(1).ofMaxSize(2)
        .map(parts -> String.join("", parts));
  }

  private static DirectoryEntry entry(String name, String department) {
    return new DirectoryEntry(new ImagicleUser(name,
        ImmutableSortedMap.of(FilterField.DEPARTMENT, department),
        ImmutableList.of(PhoneLine.of(name + "1")), Permission.NONE), Optional.empty(), false);
  }
}
