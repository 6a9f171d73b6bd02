package org.phonelock.adapters.fakeserver;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.ImagicleUser;
import org.phonelock.domain.Permission;
import org.phonelock.domain.PhoneLine;

/** api-contract.md, "The user directory". */
class UserDirectoryTest {

  @Test
  void readsEveryColumnInAnyOrderWithCaseInsensitiveHeaders() throws Exception {
    UserDirectory directory = parse("""
        LINES,Department,USERNAME,customfield10,Permission,PassWord,CustomField1,Locked
        100|200@PT_Lab,R&D,ann,ten,Manage-Department,secret,site A,TRUE
        ,,bob,,,,,
        """);
    ImagicleUser ann = directory.users().get(0);
    assertThat(ann.username()).isEqualTo("ann");
    assertThat(ann.department()).hasValue("R&D");
    assertThat(ann.field(FilterField.CUSTOM_FIELD_1)).hasValue("site A");
    assertThat(ann.field(FilterField.CUSTOM_FIELD_10)).hasValue("ten");
    assertThat(ann.permission()).isEqualTo(Permission.MANAGE_DEPARTMENT_USER);
    assertThat(ann.lines()).containsExactly(PhoneLine.of("100"), PhoneLine.of("200", "PT_Lab"));
    assertThat(directory.entries().get(0).initiallyLocked()).isTrue();
    assertThat(directory.entries().get(0).password()).isPresent();
    ImagicleUser bob = directory.users().get(1);
    assertThat(bob.fields()).isEmpty();
    assertThat(bob.lines()).isEmpty();
    assertThat(bob.permission()).isEqualTo(Permission.NONE);
    assertThat(directory.entries().get(1).password()).isEmpty();
    assertThat(directory.entries().get(1).initiallyLocked()).isFalse();
  }

  @Test
  void acceptsABomSemicolonsQuotingAndCrLf() throws Exception {
    UserDirectory directory = parse("\uFEFFusername;department;customField2;lines\r\n"
        + "\"o;brien\";\"Sales & Marketing\";\"Desk \"\"A\"\", row 2\nnext line\";1@P\r\n"
        + "\r\n"
        + "zoë;Qualité;;\r\n");
    assertThat(directory.users()).extracting(ImagicleUser::username)
        .containsExactly("o;brien", "zoë");
    assertThat(directory.users().get(0).field(FilterField.CUSTOM_FIELD_2))
        .hasValue("Desk \"A\", row 2\nnext line");
    assertThat(directory.users().get(1).department()).hasValue("Qualité");
  }

  @Test
  void aHeaderOnlyFileIsAnEmptyDirectory() throws Exception {
    assertThat(parse("username\n").users()).isEmpty();
  }

  /** One malformed file: its text, and the line and reason the refusal must name. */
  record Malformed(String name, String csv, long line, String reason) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Malformed> malformedFiles() {
    return Stream.of(
        new Malformed("unknown column", "username,pasword\nann,x\n", 1, "unknown column 'pasword'"),
        new Malformed("missing username column", "password,department\nx,IT\n", 1,
            "no 'username' column"),
        new Malformed("repeated column", "username,Department,department\n", 1,
            "'department' appears twice"),
        new Malformed("both delimiters", "username;password,lines\n", 1, "both ',' and ';'"),
        new Malformed("empty file", "", 1, "header row"),
        new Malformed("blank first line", "\nusername\n", 1, "header row"),
        new Malformed("duplicate user", "username\nann\nbob\nANN\n", 4, "already used on line 2"),
        new Malformed("empty username", "username,lines\nann,1\n,2\n", 3, "username is empty"),
        new Malformed("blank username", "username,lines\nann,1\n\" \u00A0\u200B\",2\n", 3,
            "username is only white space or invisible characters"),
        new Malformed("users equal under the contract's comparison",
            "username\nZoë.Ünal\nzoë.ünal\n", 3, "'zoë.ünal' is already used on line 2"),
        new Malformed("one line on two users", "username,lines\nann,100@PT_A|7\nbob,8|100@PT_A\n",
            3, "phone line '100@PT_A' of user 'bob' is already the line of user 'ann' on line 2"),
        new Malformed("one extension without partition on two users",
            "username,lines\nann,100\nbob,100\n", 3, "phone line '100' of user 'bob'"),
        new Malformed("colon in username", "username\na:b\n", 2, "contains ':'"),
        new Malformed("bad permission", "username,permission\nann,superuser\n", 2,
            "unknown permission 'superuser'"),
        new Malformed("bad line", "username,lines\nann,100|@P\n", 2, "bad phone line '@P'"),
        new Malformed("empty line item", "username,lines\nann,100||200\n", 2, "bad phone line ''"),
        new Malformed("spaced line", "username,lines\nann, 100\n", 2, "bad phone line ' 100'"),
        new Malformed("repeated line", "username,lines\nann,100@P|100@P\n", 2, "listed twice"),
        new Malformed("bad locked", "username,locked\nann,yes\n", 2, "locked is 'yes'"),
        new Malformed("too few fields", "username,lines\nann,1\nbob\n", 3,
            "the row has 1 fields but the header row has 2"),
        new Malformed("too many fields", "username,lines\nann,1,2\n", 2,
            "the row has 3 fields but the header row has 2"),
        new Malformed("broken quoting", "username,lines\nann,1\n\"bob\"x,2\n", 3,
            "malformed quoting"),
        new Malformed("unpaired surrogate", "username,department\nann,R\uD800D\n", 2,
            "not valid Unicode text"),
        new Malformed("unclosed quote", "username,lines\nann,1\n\"bob,2\n", 3,
            "malformed quoting"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedFiles")
  void refusesAMalformedFileWithFileLineAndReason(Malformed malformed) {
    assertThatThrownBy(() -> parse(malformed.csv()))
        .isInstanceOfSatisfying(DirectoryFormatException.class, e -> {
          assertThat(e.source()).isEqualTo("users.csv");
          assertThat(e.reason()).contains(malformed.reason());
          assertThat(e.line()).isEqualTo(malformed.line());
          assertThat(e.getMessage()).isEqualTo("users.csv:" + malformed.line() + ": " + e.reason());
        });
  }

  @Test
  void usersAndLinesThatDifferOnlyOutsideTheContractsComparisonAreDistinct() throws Exception {
    // Text.caseKey lowercases without going through uppercase: the dotless ı is not i, and
    // the same extension in another partition (or none) is another line.
    UserDirectory directory = parse("username,lines\nıt,100@PT_A\nit,100@PT_B\nIT2,100\n");
    assertThat(directory.users()).extracting(ImagicleUser::username)
        .containsExactly("ıt", "it", "IT2");
  }

  @Test
  void lineNumbersArePhysicalLinesEvenAfterAMultiLineValue() {
    String csv = "username,customField1,permission\nann,\"two\nlines\",admin\n\nbob,,boss\n";
    assertThatThrownBy(() -> parse(csv)).isInstanceOfSatisfying(DirectoryFormatException.class,
        e -> assertThat(e.line()).isEqualTo(5));
  }

  @Test
  void errorsNeverShowAPassword() {
    assertThatThrownBy(() -> parse("username,password,locked\nann,hunter2-secret,maybe\n"))
        .isInstanceOf(DirectoryFormatException.class)
        .hasMessageNotContaining("hunter2-secret");
  }

  @Test
  void loadRefusesInvalidUtf8NamingFileAndLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.csv");
    byte[] head = "username,department\nann,IT\nbob,Qualit".getBytes(UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
    bytes[head.length] = (byte) 0xE9; // "é" in ISO-8859-1
    bytes[head.length + 1] = '\n';
    Files.write(file, bytes);
    assertThatThrownBy(() -> UserDirectory.load(file))
        .isInstanceOfSatisfying(DirectoryFormatException.class, e -> {
          assertThat(e.source()).isEqualTo(file.toString());
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.reason()).contains("not valid UTF-8");
        });
  }

  @Test
  void loadReadsAUtf8FileWithBom(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ok.csv");
    Files.write(file, "\uFEFFUserName;Department\r\nzoë;Qualité\r\n".getBytes(UTF_8));
    UserDirectory directory = UserDirectory.load(file);
    assertThat(directory.users()).singleElement().satisfies(u -> {
      assertThat(u.username()).isEqualTo("zoë");
      assertThat(u.department()).hasValue("Qualité");
    });
    assertThat(directory.toString()).isEqualTo("UserDirectory[1 users]");
  }

  private static UserDirectory parse(String text) throws Exception {
    return UserDirectory.parse(new StringReader(text), "users.csv");
  }
}
