package org.phonelock.domain;

/**
 * A filter the contract refuses: an unknown field name, a field given twice, an empty value or
 * one of only white space or invisible characters (api-contract.md, "Filters"). The message names the field and what is accepted, and is safe to
 * show to a user.
 */
public final class InvalidFilterException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and what would be accepted
   */
  public InvalidFilterException(String message) {
    super(message);
  }
}
