package org.phonelock.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A phone line: a directory number (extension) in an optional Cisco UCM partition. In the user
 * directory file a line is written {@code extension} or {@code extension@partition}
 * (api-contract.md, "The user directory").
 *
 * @param extension the directory number, non-empty, without {@code @}, {@code |} or surrounding
 *     whitespace
 * @param partition the partition, if any; when present non-empty, without {@code |} or
 *     surrounding whitespace
 */
public record PhoneLine(String extension, Optional<String> partition) {

  /**
   * Checks the invariants.
   *
   * @throws IllegalArgumentException when the extension or partition is empty, has surrounding
   *     whitespace or holds a separator character
   */
  public PhoneLine {
    requireNonNull(extension, "extension");
    requireNonNull(partition, "partition");
    checkPart("extension", extension);
    checkArgument(extension.indexOf('@') < 0, "extension '%s' must not contain '@'", extension);
    partition.ifPresent(p -> checkPart("partition", p));
  }

  /**
   * A line without partition.
   *
   * @param extension the directory number
   * @return the line
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static PhoneLine of(String extension) {
    return new PhoneLine(extension, Optional.empty());
  }

  /**
   * A line in a partition.
   *
   * @param extension the directory number
   * @param partition the partition name
   * @return the line
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static PhoneLine of(String extension, String partition) {
    return new PhoneLine(extension, Optional.of(partition));
  }

  /**
   * Parses the directory-file form {@code extension} or {@code extension@partition}; the first
   * {@code @} separates the two.
   *
   * @param text the line as written in the directory file
   * @return the line
   * @throws IllegalArgumentException when either part is empty or malformed
   */
  public static PhoneLine parse(String text) {
    int at = text.indexOf('@');
    return at < 0 ? of(text) : of(text.substring(0, at), text.substring(at + 1));
  }

  /**
   * The directory-file form of this line.
   *
   * @return {@code extension} or {@code extension@partition}
   */
  @Override
  public String toString() {
    return partition.map(p -> extension + "@" + p).orElse(extension);
  }

  private static void checkPart(String name, String value) {
    checkArgument(!value.isEmpty(), "%s must not be empty", name);
    checkArgument(value.strip().equals(value), "%s '%s' has leading or trailing whitespace", name, value);
    checkArgument(value.indexOf('|') < 0, "%s '%s' must not contain '|'", name, value);
  }
}
