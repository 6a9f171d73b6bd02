package org.phonelock.application.port.out;

/**
 * A file given to an outgoing adapter cannot be used as it is: it is not a file of the kind
 * expected (a state file that is not a phonelock state file, a FIFO or device where a regular
 * file belongs, a file larger than the adapter's cap, a metrics file that phonelock did not
 * write). Thrown before anything is changed. The message is one line that names the file, what
 * is wrong and how to go on, and never holds a secret; a command line shows it as is (exit 2).
 * I/O failures of a usable file are {@link java.io.UncheckedIOException} instead.
 */
public final class RefusedFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String reason;

  /**
   * @param message the file, what is wrong with it and how to go on; no secrets
   */
  public RefusedFileException(String message) {
    super(message);
    this.reason = message;
  }

  /**
   * @param source names the file, e.g. {@code --password-file /etc/pw}
   * @param reason what is wrong and what is accepted, e.g. {@code no such file}
   */
  public RefusedFileException(String source, String reason) {
    super(source + ": " + reason);
    this.reason = reason;
  }

  /**
   * The reason without the source, for callers that place the file themselves ({@code FILE:LINE:}
   * lists).
   */
  public String reason() {
    return reason;
  }
}
