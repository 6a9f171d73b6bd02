package org.phonelock.adapters.fakeserver;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.phonelock.adapters.fakeserver.internal.directory.DirectoryEntry;
import org.phonelock.domain.Text;

/**
 * Builds a {@link UserDirectory} in Java, for tests that would rather not write a CSV file. It
 * applies the rules of the directory file (api-contract.md, "The user directory"): user names
 * unique ignoring case and without {@code :}, lines {@code extension} or {@code
 * extension@partition}, no empty value. Each refusal is an {@link IllegalArgumentException} naming
 * the user and the value.
 *
 * <pre>{@code
 * UserDirectory directory = UserDirectory.builder()
 *     .user("admin", u -> u.password("admin-pw").permission(Permission.IMAGICLE_ADMIN))
 *     .user("ann", u -> u.department("R&D").lines("2001", "2002@PT_Lab").locked(true))
 *     .build();
 * }</pre>
 */
public final class UserDirectoryBuilder {
  private final List<UserSpec> users = new ArrayList<>();
  private final Map<String, String> spellingByFoldedName = new HashMap<>();

  UserDirectoryBuilder() {}

  /**
   * Adds a user with no password (so it cannot call the API), no permission, no field, no line.
   *
   * @param username the user name: non-empty, without {@code :}, not yet used (ignoring case)
   * @return this builder
   * @throws IllegalArgumentException when the user name is empty, holds {@code :} or is taken
   */
  public UserDirectoryBuilder user(String username) {
    return user(username, user -> {});
  }

  /**
   * Adds a user described by {@code spec}, in directory order.
   *
   * @param username the user name: non-empty, without {@code :}, not yet used (ignoring case)
   * @param spec sets the user's password, permission, department, custom fields, lines and
   *     initial lock state; unset parts stay empty (no password means the user cannot call the
   *     API)
   * @return this builder
   * @throws IllegalArgumentException when the user name is empty, holds {@code :} or is taken,
   *     or {@code spec} refuses a value
   */
  public UserDirectoryBuilder user(String username, Consumer<UserSpec> spec) {
    requireNonNull(username, "username");
    requireNonNull(spec, "spec");
    if (username.isEmpty()) {
      throw new IllegalArgumentException("user name is empty; every user needs a name");
    }
    if (username.indexOf(':') >= 0) {
      throw new IllegalArgumentException("user name '" + username + "' contains ':', which HTTP"
          + " Basic authentication cannot carry (RFC 7617); choose a name without ':'");
    }
    String earlier = spellingByFoldedName.get(Text.caseKey(username));
    if (earlier != null) {
      throw new IllegalArgumentException("user name '" + username + "' is already used by '"
          + earlier + "'; user names must be unique, ignoring case");
    }
    UserSpec user = new UserSpec(username);
    spec.accept(user);
    spellingByFoldedName.put(Text.caseKey(username), username);
    users.add(user);
    return this;
  }

  /**
   * Builds the directory; the builder can go on to build more.
   *
   * @return the directory, users in the order they were added
   */
  public UserDirectory build() {
    ImmutableList.Builder<DirectoryEntry> entries = ImmutableList.builder();
    users.forEach(user -> entries.add(user.toEntry()));
    return UserDirectory.of(entries.build());
  }
}
