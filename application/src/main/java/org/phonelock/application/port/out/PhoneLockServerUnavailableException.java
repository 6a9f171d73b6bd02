package org.phonelock.application.port.out;

/**
 * No HTTP answer came from the Phone Lock server: connection refused or dropped, timeout, TLS
 * failure, after the adapter's retries. The message names the server and the cause and never
 * holds credentials.
 */
public final class PhoneLockServerUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the server and what went wrong; no secrets
   * @param cause the I/O failure, or null
   */
  public PhoneLockServerUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
