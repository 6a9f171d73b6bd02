package org.phonelock.adapters.fakeserver.internal.directory;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.phonelock.adapters.fakeserver.DirectoryFormatException;
import org.phonelock.domain.FilterField;

/**
 * The header row of a user directory file: which column holds what (api-contract.md, "The user
 * directory": header row required, names case-insensitive, columns in any order).
 */
final class DirectoryColumns {
  public static final String USERNAME = "username";
  public static final String PASSWORD = "password";
  public static final String PERMISSION = "permission";
  public static final String LINES = "lines";
  public static final String LOCKED = "locked";

  private static final Set<String> OWN_COLUMNS =
      Set.of(USERNAME, PASSWORD, PERMISSION, LINES, LOCKED);
  private static final String ACCEPTED =
      "username, password, permission, department, lines, customField1 to customField10, locked";

  private final Map<String, Integer> indexes;
  private final int size;

  private DirectoryColumns(Map<String, Integer> indexes, int size) {
    this.indexes = Map.copyOf(indexes);
    this.size = size;
  }

  /**
   * Reads the header row.
   *
   * @param names the header cells, in file order
   * @param error builds a refusal for the header line
   * @return the columns
   * @throws DirectoryFormatException when a name is unknown or repeated, or {@code username} is
   *     missing
   */
  public static DirectoryColumns fromHeader(List<String> names, DirectoryErrors error)
      throws DirectoryFormatException {
    Map<String, Integer> indexes = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      Optional<String> column = canonical(name);
      if (column.isEmpty()) {
        throw error.at(1, "unknown column '" + name + "' in the header row; accepted: " + ACCEPTED);
      }
      if (indexes.putIfAbsent(column.get(), i) != null) {
        throw error.at(1, "column '" + column.get() + "' appears twice in the header row");
      }
    }
    if (!indexes.containsKey(USERNAME)) {
      throw error.at(1, "the header row has no 'username' column; it is required (accepted"
          + " columns: " + ACCEPTED + ")");
    }
    return new DirectoryColumns(indexes, names.size());
  }

  /**
   * The number of columns every row must have.
   *
   * @return the header's cell count
   */
  public int size() {
    return size;
  }

  /**
   * One cell of a row.
   *
   * @param row a row with {@link #size()} cells
   * @param column a column name as the constants of this class or a {@link FilterField#apiName()}
   * @return the cell, or {@code ""} when the file has no such column
   */
  public String cell(CSVRecord row, String column) {
    Integer index = indexes.get(column);
    return index == null ? "" : row.get(index);
  }

  private static Optional<String> canonical(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (OWN_COLUMNS.contains(lower)) {
      return Optional.of(lower);
    }
    return FilterField.fromApiName(name).map(FilterField::apiName);
  }
}
