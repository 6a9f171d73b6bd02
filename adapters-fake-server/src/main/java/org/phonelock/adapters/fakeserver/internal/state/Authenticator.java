package org.phonelock.adapters.fakeserver.internal.state;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.phonelock.adapters.fakeserver.internal.directory.DirectoryEntry;
import org.phonelock.adapters.fakeserver.internal.directory.PasswordDigest;
import org.phonelock.adapters.fakeserver.internal.http.BasicAuthorization;
import org.phonelock.domain.ImagicleUser;
import org.phonelock.domain.Text;

/**
 * Checks Basic credentials against the directory (api-contract.md, "Authentication"). User names
 * match case-insensitively (they are unique that way, "The user directory"). An unknown user, a
 * user without password and a wrong password all fail the same way and, because a digest is
 * compared in every case, in about the same time.
 */
public final class Authenticator {
  private final Map<String, DirectoryEntry> byFoldedName = new HashMap<>();
  private final PasswordDigest unguessable = PasswordDigest.unguessable();

  /**
   * Indexes the directory.
   *
   * @param entries the directory, user names unique ignoring case
   */
  public Authenticator(List<DirectoryEntry> entries) {
    for (DirectoryEntry entry : entries) {
      byFoldedName.put(Text.caseKey(entry.user().username()), entry);
    }
  }

  /**
   * Finds the user the credentials prove to be.
   *
   * @param credentials what the caller sent
   * @return the user, or empty when the user is unknown, has no password, or the password is wrong
   */
  public Optional<ImagicleUser> authenticate(BasicAuthorization credentials) {
    DirectoryEntry entry = byFoldedName.get(Text.caseKey(credentials.username()));
    Optional<PasswordDigest> expected =
        entry == null ? Optional.empty() : entry.password();
    boolean matches = expected.orElse(unguessable).matches(credentials.password());
    return matches && expected.isPresent() ? Optional.of(entry.user()) : Optional.empty();
  }
}
