package org.phonelock.adapters.cli;

/**
 * An action stopped because its audit record could not be written: no request goes out without
 * its record (README, "Exit codes": 7). The message names the file, the reason and whether the
 * request was sent, and is safe to show.
 */
public final class NotRecordedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  NotRecordedException(String message, Throwable cause) {
    super(message, cause);
  }
}
