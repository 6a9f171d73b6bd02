package org.phonelock.adapters.cli;

import java.nio.file.Path;

/**
 * One error in a schedule file.
 *
 * @param line the 1-based line it is on
 * @param message what is wrong and what would be accepted; never a secret
 */
public record Problem(int line, String message) {
  /**
   * The form {@code phonelock schedule check} prints, as compilers do.
   *
   * @return {@code FILE:LINE: message}
   */
  public String format(Path file) {
    return file + ":" + line + ": " + message;
  }
}
