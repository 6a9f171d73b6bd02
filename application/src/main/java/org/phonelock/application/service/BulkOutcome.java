package org.phonelock.application.service;

import static java.util.Objects.requireNonNull;

import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.application.port.out.PhoneLockServerUnavailableException;

/**
 * What became of one command of a {@link BulkPhoneLock} run: the server answered, the server
 * could not be reached, or the command was not sent because an earlier answer showed that the
 * rest would fail the same way.
 */
public sealed interface BulkOutcome {

  /**
   * The command this outcome is for.
   *
   * @return the command, as given to the bulk run
   */
  PhoneLockCommand command();

  /**
   * The server answered (any status; see {@link PhoneLockResult}).
   *
   * @param command the command
   * @param result the answer
   */
  record Answered(PhoneLockCommand command, PhoneLockResult result) implements BulkOutcome {
    public Answered {
      requireNonNull(command, "command");
      requireNonNull(result, "result");
    }
  }

  /**
   * No HTTP answer came, after the client's retries.
   *
   * @param command the command
   * @param failure the client's exception; its message names the server, never a secret
   */
  record Unavailable(PhoneLockCommand command, PhoneLockServerUnavailableException failure)
      implements BulkOutcome {
    public Unavailable {
      requireNonNull(command, "command");
      requireNonNull(failure, "failure");
    }
  }

  /**
   * Not sent: an earlier command of the run was answered 401 or 403, or got no answer, so this
   * one would have failed the same way and only added load (or failed logins) on the server.
   *
   * @param command the command
   * @param reason why it was not sent, e.g. {@code an earlier request was answered 401 ...}
   */
  record NotSent(PhoneLockCommand command, String reason) implements BulkOutcome {
    public NotSent {
      requireNonNull(command, "command");
      requireNonNull(reason, "reason");
    }
  }
}
