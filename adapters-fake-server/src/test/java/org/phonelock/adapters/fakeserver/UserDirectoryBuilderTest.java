package org.phonelock.adapters.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.ImagicleUser;
import org.phonelock.domain.Permission;
import org.phonelock.domain.PhoneLine;

/** {@link UserDirectoryBuilder}: the rules of api-contract.md, "The user directory", in Java. */
class UserDirectoryBuilderTest {
  @Test
  void buildsEveryColumnOfAUser() {
    UserDirectory directory = UserDirectory.builder()
        .user("ann", u -> u.password("pw").permission(Permission.MANAGE_DEPARTMENT_USER)
            .department("R&D").customField(1, "Milano").customField(10, "ten")
            .lines("2001", "2002@PT_Lab").lines("2003").locked(true))
        .user("bob")
        .build();
    ImagicleUser ann = directory.users().get(0);
    assertThat(ann.username()).isEqualTo("ann");
    assertThat(ann.permission()).isEqualTo(Permission.MANAGE_DEPARTMENT_USER);
    assertThat(ann.department()).hasValue("R&D");
    assertThat(ann.field(FilterField.CUSTOM_FIELD_1)).hasValue("Milano");
    assertThat(ann.field(FilterField.CUSTOM_FIELD_10)).hasValue("ten");
    assertThat(ann.lines()).containsExactly(
        PhoneLine.of("2001"), PhoneLine.of("2002", "PT_Lab"), PhoneLine.of("2003"));
    assertThat(directory.entries().get(0).initiallyLocked()).isTrue();
    assertThat(directory.entries().get(0).password()).hasValueSatisfying(
        digest -> assertThat(digest.matches("pw")).isTrue());
    ImagicleUser bob = directory.users().get(1);
    assertThat(bob.fields()).isEmpty();
    assertThat(bob.lines()).isEmpty();
    assertThat(bob.permission()).isEqualTo(Permission.NONE);
    assertThat(directory.entries().get(1).password()).isEmpty();
    assertThat(directory.entries().get(1).initiallyLocked()).isFalse();
  }

  @Test
  void aBuiltDirectoryIsServedLikeALoadedOne() throws Exception {
    UserDirectory directory = UserDirectory.builder()
        .user("boss", u -> u.password("boss-pw").permission(Permission.COMPLETE_MANAGEMENT))
        .user("ann", u -> u.department("Sales").lines("3001").locked(true))
        .user("carl", u -> u.department("R&D").lines("2001"))
        .build();
    try (FakePhoneLockServer server = FakePhoneLockServer.builder().directory(directory).start()) {
      assertThat(Api.lockedExtensions(server)).containsExactly("3001");
      Api api = new Api(server);
      assertThat(api.lock("?department=r%26d", "boss", "boss-pw").statusCode()).isEqualTo(200);
      assertThat(Api.lockedExtensions(server)).containsExactly("3001", "2001");
      assertThat(api.lock("", "boss", "wrong").statusCode()).isEqualTo(401);
    }
  }

  @Test
  void refusesBadUserNamesNamingThem() {
    UserDirectoryBuilder builder = UserDirectory.builder().user("Ann");
    assertThatThrownBy(() -> builder.user("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("user name is empty");
    assertThatThrownBy(() -> builder.user("a:b")).hasMessageContaining("'a:b' contains ':'");
    assertThatThrownBy(() -> builder.user("ANN"))
        .hasMessageContaining("'ANN' is already used by 'Ann'")
        .hasMessageContaining("ignoring case");
  }

  @Test
  void refusesBadValuesNamingUserAndValue() {
    UserDirectoryBuilder builder = UserDirectory.builder();
    assertThatThrownBy(() -> builder.user("ann", u -> u.lines("1@")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad phone line '1@' for user 'ann'")
        .hasMessageContaining("extension@partition");
    assertThatThrownBy(() -> builder.user("bob", u -> u.lines("7", "7")))
        .hasMessageContaining("'7' is given twice for user 'bob'");
    assertThatThrownBy(() -> builder.user("cid", u -> u.department("")))
        .hasMessageContaining("department of user 'cid' is empty");
    assertThatThrownBy(() -> builder.user("dan", u -> u.customField(11, "x")))
        .hasMessageContaining("custom field number 11 is out of range; accepted: 1 to 10");
    assertThatThrownBy(() -> builder.user("eve", u -> u.password("")))
        .hasMessageContaining("password of user 'eve' is empty");
  }

  @Test
  void aRefusedUserIsNotAddedAndItsNameStaysFree() {
    UserDirectoryBuilder builder = UserDirectory.builder();
    assertThatThrownBy(() -> builder.user("ann", u -> u.lines("")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(builder.build().users()).isEmpty();
    assertThat(builder.user("ann").build().users()).extracting(ImagicleUser::username)
        .containsExactly("ann");
  }

  @Test
  void showsNoPassword() {
    UserDirectory.builder().user("ann", u -> {
      u.password("hunter2-secret");
      assertThat(u.toString()).isEqualTo("UserSpec[ann]");
    });
  }

  @Test
  void readsCsvBytesStrictly() throws Exception {
    byte[] csv = "\uFEFFusername,password\nann,pw\n".getBytes(StandardCharsets.UTF_8);
    UserDirectory directory = UserDirectory.read(new ByteArrayInputStream(csv), "mem.csv");
    assertThat(directory.users()).extracting(ImagicleUser::username).containsExactly("ann");
    byte[] latin1 = "username\nzo\u00eb\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> UserDirectory.read(new ByteArrayInputStream(latin1), "latin1.csv"))
        .isInstanceOf(DirectoryFormatException.class)
        .hasMessageStartingWith("latin1.csv:2: the file is not valid UTF-8");
  }
}
