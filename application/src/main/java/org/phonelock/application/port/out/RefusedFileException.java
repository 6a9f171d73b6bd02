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

  /**
   * Creates the exception.
   *
   * @param message the file, what is wrong with it and how to go on; no secrets
   */
  public RefusedFileException(String message) {
    super(message);
  }
}
