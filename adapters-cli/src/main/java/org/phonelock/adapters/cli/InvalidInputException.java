package org.phonelock.adapters.cli;

/**
 * Input the CLI refuses before sending anything: a bad flag value, filter, file or missing
 * password. Maps to exit code {@link ExitCodes#USAGE}. The message is one line that names the
 * input and what would be accepted, and never holds a secret.
 */
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** {@code message} names the input and what would be accepted. */
  public InvalidInputException(String message) {
    super(message);
  }
}
