package org.phonelock.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule for a password kept in a settings file (a profile, a schedule file): it is taken
 * only from a file that nobody but its owner can read or write. Write access counts too: whoever
 * can edit the file can point {@code server} at their own host and collect the password. Where
 * the file system has no POSIX permissions (Windows, some network file systems), who may read the
 * file cannot be checked portably, so a password there is always refused.
 */
public final class SecretFiles {
  private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(
      PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
      PosixFilePermission.OWNER_EXECUTE);

  private SecretFiles() {}

  /**
   * Reads the permissions of {@code file} and decides.
   *
   * @param file the file holding a password
   * @return empty when a password may be taken from it; otherwise why not and the fix, e.g.
   *     {@code /home/ann/.config/phonelock/profiles.yaml is open to other users (rw-r--r--); run:
   *     chmod 600 ...}
   */
  public static Optional<String> refusal(Path file) {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (view == null) {
      return refusal(file, Optional.empty());
    }
    try {
      return refusal(file, Optional.of(view.readAttributes().permissions()));
    } catch (IOException e) {
      return Optional.of("the permissions of " + file + " cannot be read ("
          + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Decides from known permissions.
   *
   * @param file the file, for the message
   * @param permissions its POSIX permissions, or empty when the file system has none
   * @return empty when a password may be taken from it; otherwise why not and the fix
   */
  public static Optional<String> refusal(Path file, Optional<Set<PosixFilePermission>> permissions) {
    if (permissions.isEmpty()) {
      return Optional.of("this file system has no POSIX permissions, so phonelock cannot check"
          + " that only you can read " + file);
    }
    if (!OWNER_ONLY.containsAll(permissions.get())) {
      return Optional.of(file + " is open to other users ("
          + PosixFilePermissions.toString(permissions.get()) + "); run: chmod 600 " + file);
    }
    return Optional.empty();
  }
}
