package org.phonelock.adapters.cli;

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
 * Decides whether a password may be taken from the profiles file (issue "Client and CLI", "Using
 * it": only when the file is readable by its owner alone). On POSIX file systems (Linux, macOS)
 * the file must grant nothing to group and others ({@code chmod 600}); write access counts too,
 * since whoever can edit the file can point {@code server} at their own host and collect the
 * password. Where POSIX permissions are not available (Windows, some network file systems) who
 * may read the file cannot be checked portably, so a password there is always refused.
 */
final class ConfigFilePermissions {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.OWNER_EXECUTE);

  private ConfigFilePermissions() {}

  /**
   * Checks the file holding a profile's password.
   *
   * @param profile the profile
   * @param password its {@code password} value
   * @return empty when the password may be used, otherwise why not and how to fix it
   */
  static Optional<String> refusal(Profile profile, Profile.Value password) {
    Path file = profile.file();
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (view == null) {
      return refusal(profile, password, Optional.empty());
    }
    try {
      return refusal(profile, password, Optional.of(view.readAttributes().permissions()));
    } catch (IOException e) {
      return Optional.of("the password in " + profile.where(password) + " is refused: the"
          + " permissions of " + file + " cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Decides from known permissions.
   *
   * @param profile the profile
   * @param password its {@code password} value
   * @param permissions the file's POSIX permissions, or empty when the file system has none
   * @return empty when the password may be used, otherwise why not and how to fix it
   */
  static Optional<String> refusal(
      Profile profile, Profile.Value password, Optional<Set<PosixFilePermission>> permissions) {
    Path file = profile.file();
    String refused = "the password in " + profile.where(password) + " is refused: ";
    if (permissions.isEmpty()) {
      return Optional.of(refused + "this file system has no POSIX permissions, so phonelock"
          + " cannot check that only you can read " + file + "; remove the password line and use"
          + " PHONELOCK_PASSWORD, --password-file or --password-stdin");
    }
    if (!OWNER_ONLY.containsAll(permissions.get())) {
      return Optional.of(refused + file + " is open to other users ("
          + PosixFilePermissions.toString(permissions.get()) + "); run: chmod 600 " + file);
    }
    return Optional.empty();
  }
}
