package org.phonelock.adapters.fakeserver.internal.directory;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.phonelock.domain.ImagicleUser;

/**
 * One row of the user directory: the domain user plus what only the fake server keeps, its
 * password and the initial lock state of its lines (api-contract.md, "The user directory").
 *
 * @param user the user
 * @param password the password digest, or empty when the password cell is empty: such a user
 *     cannot call the API
 * @param initiallyLocked the initial state of all the user's lines (column {@code locked})
 */
public record DirectoryEntry(
    ImagicleUser user, Optional<PasswordDigest> password, boolean initiallyLocked) {
  public DirectoryEntry {
    requireNonNull(user, "user");
    requireNonNull(password, "password");
  }
}
