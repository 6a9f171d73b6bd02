package org.phonelock.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Optional;

/**
 * An Imagicle UCX Suite user as Phone Lock sees it: user name, the filterable fields (department,
 * customField1..10), the phone lines the user owns and the user's Phone Lock permission
 * (api-contract.md, "Which lines an action touches" and "The user directory").
 *
 * @param username the user name, non-empty, without {@code :} (RFC 7617 forbids it in Basic
 *     authentication)
 * @param fields the user's value for each filterable field that is set; no empty value
 * @param lines the user's phone lines, possibly none
 * @param permission the user's Phone Lock permission
 */
public record ImagicleUser(
    String username,
    ImmutableSortedMap<FilterField, String> fields,
    ImmutableList<PhoneLine> lines,
    Permission permission) {

  /**
   * Checks the invariants.
   *
   * @throws IllegalArgumentException when the user name is empty or holds {@code :}, or a field
   *     value is empty
   */
  public ImagicleUser {
    requireNonNull(username, "username");
    requireNonNull(fields, "fields");
    requireNonNull(lines, "lines");
    requireNonNull(permission, "permission");
    checkArgument(!username.isEmpty(), "user name must not be empty");
    checkArgument(username.indexOf(':') < 0, "user name '%s' must not contain ':'", username);
    fields.forEach(
        (field, value) ->
            checkArgument(!value.isEmpty(), "%s of user '%s' is empty", field, username));
  }

  /**
   * The user's department.
   *
   * @return the department, or empty when the user has none
   */
  public Optional<String> department() {
    return field(FilterField.DEPARTMENT);
  }

  /**
   * The user's value for one filterable field.
   *
   * @param field the field
   * @return the value, or empty when unset
   */
  public Optional<String> field(FilterField field) {
    return Optional.ofNullable(fields.get(field));
  }
}
