package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import org.phonelock.application.PhoneLockResult;

/** What one request of a scheduled job came back with: an answer, or none. */
public sealed interface AttemptResult {
  /**
   * The outcome for the audit log.
   *
   * @return a request outcome, never {@link Outcome#SUPERSEDED} or {@link
   *     Outcome#LEFT_FOR_NEXT_RUN}
   */
  Outcome outcome();

  /**
   * The server's message or the cause of the failure, for the audit log.
   *
   * @return the text, possibly empty; never a secret
   */
  String message();

  /**
   * Tells whether the server applied the action.
   *
   * @return true for {@link Outcome#APPLIED}
   */
  default boolean applied() {
    return outcome() == Outcome.APPLIED;
  }

  /**
   * The server answered.
   *
   * @param result the answer
   */
  record Answered(PhoneLockResult result) implements AttemptResult {
    public Answered {
      requireNonNull(result, "result");
    }

    @Override
    public Outcome outcome() {
      return switch (result.kind()) {
        case APPLIED -> Outcome.APPLIED;
        case AUTHENTICATION_FAILED -> Outcome.AUTHENTICATION_FAILED;
        case PERMISSION_DENIED -> Outcome.PERMISSION_DENIED;
        case REFUSED -> Outcome.REFUSED;
        case SERVER_ERROR -> Outcome.SERVER_ERROR;
      };
    }

    @Override
    public String message() {
      return switch (result.kind()) {
        case APPLIED -> ((PhoneLockResult.Applied) result).counts()
            .map(c -> c.matchedUsers() + " users, " + c.matchedLines() + " lines matched, "
                + c.changedLines() + " changed")
            .orElse("");
        case AUTHENTICATION_FAILED -> statusAndMessage(401,
            ((PhoneLockResult.AuthenticationFailed) result).serverMessage());
        case PERMISSION_DENIED -> statusAndMessage(403,
            ((PhoneLockResult.PermissionDenied) result).serverMessage());
        case REFUSED -> statusAndMessage(result.status(),
            ((PhoneLockResult.Refused) result).serverMessage());
        case SERVER_ERROR -> statusAndMessage(result.status(),
            ((PhoneLockResult.ServerError) result).serverMessage());
      };
    }

    private static String statusAndMessage(int status, String message) {
      return message.isBlank() ? String.valueOf(status) : status + " " + message;
    }
  }

  /**
   * No answer came: the server was unreachable or timed out after the client's retries, or the
   * client failed unexpectedly (a bug; still an attempt that did not apply the action).
   *
   * @param failure what the client threw; its message holds no secret (PhoneLockClient and
   *     PhoneLockServerUnavailableException promise so)
   */
  record NoAnswer(RuntimeException failure) implements AttemptResult {
    public NoAnswer {
      requireNonNull(failure, "failure");
    }

    @Override
    public Outcome outcome() {
      return Outcome.UNAVAILABLE;
    }

    @Override
    public String message() {
      return failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage();
    }
  }
}
