package org.phonelock.adapters.cli;

import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.out.PhoneLockServerUnavailableException;
import org.phonelock.application.port.out.RefusedFileException;
import picocli.CommandLine;

/**
 * The one place that maps outcomes to process exit codes. Scripts depend on these numbers; they
 * are listed in the README and in {@code phonelock --help}.
 */
public final class ExitCodes {
  /** The action was applied. */
  public static final int SUCCESS = 0;
  /** An internal error (a bug): please report it. */
  public static final int INTERNAL = 1;
  /** Usage error or invalid input; nothing was sent. */
  public static final int USAGE = 2;
  /** Authentication failed (HTTP 401). */
  public static final int AUTHENTICATION = 3;
  /** Permission denied (HTTP 403). */
  public static final int PERMISSION = 4;
  /** Refused by the server (another 4xx, e.g. 400 bad filter or 404 no Phone Lock API). */
  public static final int REFUSED = 5;
  /** Server error (5xx, 429), timeout or unreachable, after retries. */
  public static final int UNAVAILABLE = 6;
  /**
   * {@code schedule run}: its audit log or state file could not be written (or locked), so the
   * run stopped; no request is sent without its audit record. The message says whether the
   * request of the firing at hand was sent.
   */
  public static final int NOT_RECORDED = 7;

  private ExitCodes() {}

  /**
   * The exit code of a server answer.
   *
   * @return 0, 3, 4, 5 or 6
   */
  public static int of(PhoneLockResult result) {
    return switch (result.kind()) {
      case APPLIED -> SUCCESS;
      case AUTHENTICATION_FAILED -> AUTHENTICATION;
      case PERMISSION_DENIED -> PERMISSION;
      case REFUSED -> REFUSED;
      case SERVER_ERROR -> UNAVAILABLE; // 5xx or 429 after the retries
    };
  }

  /** The worse of two exit codes: 1 (internal error) above all, then the higher. */
  public static int worse(int one, int other) {
    if (one == INTERNAL || other == INTERNAL) {
      return INTERNAL;
    }
    return Math.max(one, other);
  }

  /**
   * The exit code of an exception that ended a command.
   *
   * @return 2 for invalid input (a refused file included), 6 for an unreachable server, 7 for an audit record that could
   *     not be written, 1 otherwise
   */
  public static int of(Throwable failure) {
    if (failure instanceof InvalidInputException
        || failure instanceof RefusedFileException
        || failure instanceof CommandLine.ParameterException) {
      return USAGE;
    }
    if (failure instanceof PhoneLockServerUnavailableException) {
      return UNAVAILABLE;
    }
    if (failure instanceof NotRecordedException) {
      return NOT_RECORDED;
    }
    return INTERNAL;
  }
}
