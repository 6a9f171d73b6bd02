package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.in.LockPhones;
import org.phonelock.application.port.in.UnlockPhones;

/** Sends a job's action through the {@link LockPhones} and {@link UnlockPhones} use cases. */
public final class JobSender {
  private final LockPhones lockPhones;
  private final UnlockPhones unlockPhones;

  /**
   * Creates the sender.
   *
   * @param lockPhones the lock use case, bound to the schedule's server and account
   * @param unlockPhones the unlock use case, bound to the same
   */
  public JobSender(LockPhones lockPhones, UnlockPhones unlockPhones) {
    this.lockPhones = requireNonNull(lockPhones, "lockPhones");
    this.unlockPhones = requireNonNull(unlockPhones, "unlockPhones");
  }

  /**
   * Sends one request (the client makes its own retries inside it).
   *
   * @param job the job
   * @return the answer, or {@link AttemptResult.NoAnswer} when the client threw: a schedule must
   *     go on after any failure, since phones left unlocked are what it exists to prevent
   */
  public AttemptResult send(ScheduleJob job) {
    try {
      PhoneLockResult result =
          switch (job.action()) {
            case LOCK -> lockPhones.lock(job.target());
            case UNLOCK -> unlockPhones.unlock(job.target());
          };
      return new AttemptResult.Answered(result);
    } catch (RuntimeException e) {
      return new AttemptResult.NoAnswer(e);
    }
  }
}
