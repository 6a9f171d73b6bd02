package org.phonelock.adapters.fakeserver;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.phonelock.adapters.fakeserver.internal.directory.DirectoryEntry;
import org.phonelock.adapters.fakeserver.internal.directory.PasswordDigest;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.ImagicleUser;
import org.phonelock.domain.Permission;
import org.phonelock.domain.PhoneLine;

/**
 * One user of a {@link UserDirectoryBuilder}: the columns of a directory file row
 * (api-contract.md, "The user directory"). Every setter refuses bad input at once with an {@link
 * IllegalArgumentException} naming the user and the value; a later call replaces an earlier one,
 * except {@link #lines}, which adds.
 */
public final class UserSpec {
  private final String username;
  private final Map<FilterField, String> fields = new EnumMap<>(FilterField.class);
  private final Set<PhoneLine> lines = new LinkedHashSet<>();
  private Permission permission = Permission.NONE;
  private String password;
  private boolean locked;

  UserSpec(String username) {
    this.username = username;
  }

  /**
   * Sets the password the user authenticates with (HTTP Basic, UTF-8).
   *
   * @param password any non-empty text; leave it unset for a user who cannot call the API
   * @return this user
   * @throws IllegalArgumentException when the password is empty
   */
  public UserSpec password(String password) {
    requireNonNull(password, "password");
    if (password.isEmpty()) {
      throw new IllegalArgumentException("the password of user '" + username + "' is empty;"
          + " leave it unset for a user who cannot call the API");
    }
    this.password = password;
    return this;
  }

  /**
   * Sets the Phone Lock permission (vendor page, "Required permissions").
   *
   * @param permission the permission; default {@link Permission#NONE}
   * @return this user
   */
  public UserSpec permission(Permission permission) {
    this.permission = requireNonNull(permission, "permission");
    return this;
  }

  /**
   * Sets the department, the field that also decides a department manager's visibility.
   *
   * @param department a non-empty value; default none
   * @return this user
   * @throws IllegalArgumentException when the value is empty
   */
  public UserSpec department(String department) {
    return field(FilterField.DEPARTMENT, department);
  }

  /**
   * Sets one custom field.
   *
   * @param number 1 to 10, for {@code customField1} to {@code customField10}
   * @param value a non-empty value
   * @return this user
   * @throws IllegalArgumentException when the number is out of range or the value is empty
   */
  public UserSpec customField(int number, String value) {
    return field(FilterField.customField(number), value);
  }

  /**
   * Adds phone lines.
   *
   * @param lines each {@code extension} or {@code extension@partition}, as in the directory file
   * @return this user
   * @throws IllegalArgumentException when a line is malformed or the user already has it
   */
  public UserSpec lines(String... lines) {
    for (String text : lines) {
      PhoneLine line;
      try {
        line = PhoneLine.parse(requireNonNull(text, "line"));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("bad phone line '" + text + "' for user '" + username
            + "' (" + e.getMessage() + "); write extension or extension@partition", e);
      }
      if (!this.lines.add(line)) {
        throw new IllegalArgumentException(
            "phone line '" + text + "' is given twice for user '" + username + "'");
      }
    }
    return this;
  }

  /**
   * Sets the initial state of all the user's lines.
   *
   * @param locked true to start locked; default false
   * @return this user
   */
  public UserSpec locked(boolean locked) {
    this.locked = locked;
    return this;
  }

  private UserSpec field(FilterField field, String value) {
    requireNonNull(value, field.apiName());
    if (value.isEmpty()) {
      throw new IllegalArgumentException(field.apiName() + " of user '" + username + "' is"
          + " empty; give a non-empty value or leave it unset");
    }
    fields.put(field, value);
    return this;
  }

  DirectoryEntry toEntry() {
    List<PhoneLine> lineList = new ArrayList<>(lines);
    ImagicleUser user = new ImagicleUser(username, ImmutableSortedMap.copyOf(fields),
        ImmutableList.copyOf(lineList), permission);
    return new DirectoryEntry(user, Optional.ofNullable(password).map(PasswordDigest::of), locked);
  }

  /**
   * Shows the user name only, never the password.
   *
   * @return {@code UserSpec[NAME]}
   */
  @Override
  public String toString() {
    return "UserSpec[" + username + "]";
  }
}
