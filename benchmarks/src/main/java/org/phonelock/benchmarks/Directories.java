package org.phonelock.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.phonelock.adapters.fakeserver.DirectoryFormatException;
import org.phonelock.adapters.fakeserver.UserDirectory;

/**
 * Generated user directories, through the public CSV reader (api-contract.md, "The user
 * directory"), so that a benchmark loads exactly what a user's file would give.
 *
 * <p>Row 1 is the API account {@link #ADMIN} (Imagicle Admin, no line). Every other user {@code
 * i} has one line, no password, and department {@code Dept-<i mod departments>}, so every
 * department has about the same number of users whatever the directory's size; custom field 1
 * holds one of ten sites.
 */
final class Directories {
  /** The API account of every generated directory. */
  static final String ADMIN = "bench-admin";

  /** Its password. */
  static final String PASSWORD = "bench-pw";

  /** Users per department in {@link #withDepartmentsOf100(int)}. */
  static final int USERS_PER_DEPARTMENT = 100;

  /** The department the benchmarks lock, spelt in another case than in the directory. */
  static final String LOCKED_DEPARTMENT = "dept-42";

  private Directories() {}

  /**
   * A directory whose departments have {@value #USERS_PER_DEPARTMENT} users each.
   *
   * @param users the number of users, at least 4,300 so that {@link #LOCKED_DEPARTMENT} exists
   * @return the directory
   */
  static UserDirectory withDepartmentsOf100(int users) {
    return generate(users, Math.max(1, users / USERS_PER_DEPARTMENT));
  }

  /**
   * A directory of {@code users} users spread over {@code departments} departments.
   *
   * @param users the number of users, the account included
   * @param departments the number of departments, 1 or more
   * @return the directory
   */
  static UserDirectory generate(int users, int departments) {
    StringBuilder csv = new StringBuilder(users * 48);
    csv.append("username,password,permission,department,lines,customField1,locked\n");
    csv.append(ADMIN).append(',').append(PASSWORD).append(",admin,,,,false\n");
    for (int i = 1; i < users; i++) {
      csv.append("user-").append(i).append(",,,Dept-").append(i % departments)
          .append(',').append(1_000_000 + i).append(",Site-").append(i % 10).append(",false\n");
    }
    try {
      return UserDirectory.parse(new StringReader(csv.toString()), "generated-" + users);
    } catch (DirectoryFormatException e) {
      throw new IllegalStateException("generated directory is malformed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The {@code Authorization} header value of {@link #ADMIN}.
   *
   * @return {@code Basic <base64>}
   */
  static String adminAuthorization() {
    return basic(ADMIN, PASSWORD);
  }

  /**
   * A Basic {@code Authorization} header value.
   *
   * @param user the user name
   * @param password the password
   * @return {@code Basic <base64 of user:password in UTF-8>}
   */
  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
