package org.phonelock.adapters.fakeserver;

import static java.util.Objects.requireNonNull;

/**
 * A user directory file the fake server refuses (api-contract.md, "The user directory": "a
 * malformed file is refused at start with the file name, line number and reason; the server
 * never starts on half a directory"). The message is {@code <file>:<line>: <reason>}; it never
 * holds a password.
 */
public final class DirectoryFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The file or source name. */
  private final String source;
  /** The 1-based physical line of the problem. */
  private final long line;
  /** What is wrong and what would be accepted. */
  private final String reason;

  /**
   * Describes one refusal.
   *
   * @param source the file name or other source name given to the parser
   * @param line the 1-based physical line of the file where the problem is (the header is line 1)
   * @param reason what is wrong and what would be accepted
   */
  public DirectoryFormatException(String source, long line, String reason) {
    super(requireNonNull(source, "source") + ":" + line + ": " + requireNonNull(reason, "reason"));
    this.source = source;
    this.line = line;
    this.reason = reason;
  }

  /**
   * The file name, as given to {@link UserDirectory#load} or {@link UserDirectory#parse}.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * The 1-based physical line number of the problem (line 1 is the header row).
   *
   * @return the line number, at least 1
   */
  public long line() {
    return line;
  }

  /**
   * What is wrong, and what would be accepted.
   *
   * @return the reason, without file name and line number
   */
  public String reason() {
    return reason;
  }
}
