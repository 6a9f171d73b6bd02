package org.phonelock.adapters.cli;

import java.util.function.Supplier;

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

  /**
   * The value a domain or application rule gives, or its refusal as refused input: such a rule
   * throws IllegalArgumentException with a message that already names the input's source.
   */
  static <T> T ofRule(Supplier<T> rule) {
    try {
      return rule.get();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage());
    }
  }
}
