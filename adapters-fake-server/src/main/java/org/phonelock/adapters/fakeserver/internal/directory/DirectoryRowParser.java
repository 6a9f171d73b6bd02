package org.phonelock.adapters.fakeserver.internal.directory;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.phonelock.adapters.fakeserver.DirectoryFormatException;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.ImagicleUser;
import org.phonelock.domain.Permission;
import org.phonelock.domain.PhoneLine;
import org.phonelock.domain.Text;

/**
 * Turns the data rows of one directory file into entries, refusing the first bad cell with its
 * line and reason (api-contract.md, "The user directory", column table). Remembers the user names
 * seen so far, because they are unique under the contract's comparison ({@link Text#caseKey}),
 * and the phone lines, because a line belongs to one user: were it on two, locking one user's
 * department would lock a line of the other's too.
 */
final class DirectoryRowParser {
  private final DirectoryColumns columns;
  private final DirectoryErrors error;
  private final Map<String, Long> lineOfUser = new HashMap<>();
  private final Map<PhoneLine, Owner> ownerOfLine = new HashMap<>();

  public DirectoryRowParser(DirectoryColumns columns, DirectoryErrors error) {
    this.columns = columns;
    this.error = error;
  }

  /**
   * Parses one row.
   *
   * @param row the row's cells
   * @param line the 1-based physical line where the row starts
   * @return the entry
   * @throws DirectoryFormatException when the row is malformed
   */
  public DirectoryEntry parse(CSVRecord row, long line) throws DirectoryFormatException {
    if (row.size() != columns.size()) {
      throw error.at(line, "the row has " + row.size() + " fields but the header row has "
          + columns.size() + "; quote a value that holds the delimiter");
    }
    for (String cell : row) {
      // Only a Reader can hand over such text (load() decodes strictly); it has no UTF-8 form.
      if (!Text.isWellFormedUtf16(cell)) {
        throw error.at(line, "a value is not valid Unicode text (unpaired surrogate)");
      }
    }
    String username = username(row, line);
    Permission permission = permission(row, line);
    ImmutableList<PhoneLine> lines =
        new PhoneLineCell(error, line).parse(columns.cell(row, DirectoryColumns.LINES));
    claim(lines, username, line);
    boolean locked = locked(row, line);
    String password = columns.cell(row, DirectoryColumns.PASSWORD);
    ImagicleUser user = new ImagicleUser(username, fields(row), lines, permission);
    Optional<PasswordDigest> digest =
        password.isEmpty() ? Optional.empty() : Optional.of(PasswordDigest.of(password));
    return new DirectoryEntry(user, digest, locked);
  }

  private String username(CSVRecord row, long line) throws DirectoryFormatException {
    String username = columns.cell(row, DirectoryColumns.USERNAME);
    if (username.isEmpty()) {
      throw error.at(line, "the username is empty; every row needs a user name");
    }
    if (Text.isBlankOrInvisible(username)) {
      throw error.at(line, "the username is only white space or invisible characters; every"
          + " row needs a visible user name");
    }
    if (username.indexOf(':') >= 0) {
      throw error.at(line, "username '" + username + "' contains ':', which HTTP Basic"
          + " authentication cannot carry (RFC 7617); choose a name without ':'");
    }
    Long earlier = lineOfUser.putIfAbsent(Text.caseKey(username), line);
    if (earlier != null) {
      throw error.at(line, "username '" + username + "' is already used on line " + earlier
          + "; user names must be unique, ignoring case");
    }
    return username;
  }

  private void claim(ImmutableList<PhoneLine> lines, String username, long line)
      throws DirectoryFormatException {
    for (PhoneLine phoneLine : lines) {
      Owner earlier = ownerOfLine.putIfAbsent(phoneLine, new Owner(username, line));
      if (earlier != null) {
        throw error.at(line, "phone line '" + phoneLine + "' of user '" + username
            + "' is already the line of user '" + earlier.username() + "' on line "
            + earlier.line() + "; a phone line belongs to one user");
      }
    }
  }

  private record Owner(String username, long line) {}

  private Permission permission(CSVRecord row, long line) throws DirectoryFormatException {
    String cell = columns.cell(row, DirectoryColumns.PERMISSION);
    Optional<Permission> permission = Permission.parse(cell);
    if (permission.isEmpty()) {
      throw error.at(line, "unknown permission '" + cell + "'; accepted: "
          + Permission.acceptedNames() + ", or empty for none");
    }
    return permission.get();
  }

  private boolean locked(CSVRecord row, long line) throws DirectoryFormatException {
    String cell = columns.cell(row, DirectoryColumns.LOCKED);
    switch (cell.toLowerCase(Locale.ROOT)) {
      case "", "false":
        return false;
      case "true":
        return true;
      default:
        throw error.at(line, "locked is '" + cell + "'; accepted: true, false, or empty for false");
    }
  }

  private ImmutableSortedMap<FilterField, String> fields(CSVRecord row) {
    ImmutableSortedMap.Builder<FilterField, String> fields = ImmutableSortedMap.naturalOrder();
    for (FilterField field : FilterField.values()) {
      String value = columns.cell(row, field.apiName());
      if (!value.isEmpty()) {
        fields.put(field, value);
      }
    }
    return fields.buildOrThrow();
  }

  /** The {@code lines} cell: lines separated by {@code |}, each unique within the user. */
  private record PhoneLineCell(DirectoryErrors error, long line) {
    ImmutableList<PhoneLine> parse(String cell) throws DirectoryFormatException {
      if (cell.isEmpty()) {
        return ImmutableList.of();
      }
      ImmutableList.Builder<PhoneLine> lines = ImmutableList.builder();
      Set<PhoneLine> seen = new HashSet<>();
      for (String text : cell.split("\\|", -1)) {
        PhoneLine phoneLine = parseOne(text);
        if (!seen.add(phoneLine)) {
          throw error.at(line, "phone line '" + text + "' is listed twice for this user");
        }
        lines.add(phoneLine);
      }
      return lines.build();
    }

    private PhoneLine parseOne(String text) throws DirectoryFormatException {
      try {
        return PhoneLine.parse(text);
      } catch (IllegalArgumentException e) {
        throw error.at(line, "bad phone line '" + text + "' in column lines (" + e.getMessage()
            + "); write extension or extension@partition, several separated by '|'");
      }
    }
  }
}
