package org.phonelock.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The owner-only rule for a password kept in a settings file. */
class SecretFilesTest {
  @TempDir Path folder;

  @ParameterizedTest
  @ValueSource(strings = {"rw-------", "r--------", "rwx------"})
  void aFileOpenToItsOwnerAloneIsAccepted(String mode) throws Exception {
    Path file = Files.writeString(folder.resolve("config.yaml"), "x");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
    assertThat(SecretFiles.refusal(file)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"rw-r-----", "rw----r--", "rw--w----", "rw-----w-", "rw------x"})
  void anyRightForGroupOrOthersIsRefusedWithTheModeAndTheFix(String mode) throws Exception {
    Path file = Files.writeString(folder.resolve("config.yaml"), "x");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
    assertThat(SecretFiles.refusal(file)).hasValueSatisfying(why -> assertThat(why)
        .contains(file + " is open to other users (" + mode + ")", "chmod 600 " + file));
  }

  @Test
  void withoutPosixPermissionsAPasswordIsAlwaysRefused() {
    assertThat(SecretFiles.refusal(folder.resolve("x"), Optional.empty()))
        .hasValueSatisfying(why -> assertThat(why).contains("no POSIX permissions"));
  }

  @Test
  void aFileWhosePermissionsCannotBeReadIsRefused() {
    assertThat(SecretFiles.refusal(folder.resolve("missing.yaml")))
        .hasValueSatisfying(why -> assertThat(why).contains("cannot be read"));
  }
}
