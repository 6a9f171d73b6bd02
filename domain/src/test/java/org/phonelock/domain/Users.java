package org.phonelock.domain;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Test fixture: builds directory users readably, e.g. {@code named("ann").department("R&D")}. */
final class Users {
  private final String username;
  private final Map<FilterField, String> fields = new EnumMap<>(FilterField.class);
  private final List<PhoneLine> lines = new ArrayList<>();
  private Permission permission = Permission.NONE;

  private Users(String username) {
    this.username = username;
  }

  static Users named(String username) {
    return new Users(username);
  }

  Users department(String department) {
    return field(FilterField.DEPARTMENT, department);
  }

  Users field(FilterField field, String value) {
    fields.put(field, value);
    return this;
  }

  Users line(String directoryForm) {
    lines.add(PhoneLine.parse(directoryForm));
    return this;
  }

  Users permission(Permission newPermission) {
    permission = newPermission;
    return this;
  }

  ImagicleUser build() {
    return new ImagicleUser(
        username, ImmutableSortedMap.copyOf(fields), ImmutableList.copyOf(lines), permission);
  }
}
