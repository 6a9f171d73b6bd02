package org.phonelock.adapters.fakeserver.internal.directory;

import org.phonelock.adapters.fakeserver.DirectoryFormatException;

/**
 * Builds the refusals of one directory file, each naming the file (api-contract.md, "The user
 * directory": refused "with the file name, line number and reason").
 *
 * @param source the file name
 */
public record DirectoryErrors(String source) {
  /**
   * A refusal at one line.
   *
   * @param line the 1-based physical line
   * @param reason what is wrong and what would be accepted; never a password
   * @return the exception, to throw
   */
  public DirectoryFormatException at(long line, String reason) {
    return new DirectoryFormatException(source, line, reason);
  }
}
