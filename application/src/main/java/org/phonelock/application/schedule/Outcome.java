package org.phonelock.application.schedule;

/**
 * What became of a request or a firing, as the audit log names it ({@link #label()}).
 * The request outcomes follow {@link org.phonelock.application.PhoneLockResult}.
 */
public enum Outcome {
  /** The server applied the action (200). */
  APPLIED("applied"),
  /** 401. */
  AUTHENTICATION_FAILED("authentication-failed"),
  /** 403. */
  PERMISSION_DENIED("permission-denied"),
  /** Another 3xx or 4xx. */
  REFUSED("refused"),
  /** 5xx or 429 after the client's retries. */
  SERVER_ERROR("server-error"),
  /** No answer: connection failure or timeout after the client's retries. */
  UNAVAILABLE("unavailable"),
  /**
   * Written before a request goes out: the request may have reached the server even when no
   * record of its answer follows (the process died, or the log could not be written after it).
   */
  SENDING("sending"),
  /** A later firing for the same filters came due before this one succeeded. */
  SUPERSEDED("superseded"),
  /**
   * A one-shot catch-up ({@link org.phonelock.application.port.in.RunSchedule#runOnce()}) gave
   * up after its attempt; the next run catches it up.
   */
  LEFT_FOR_NEXT_RUN("left-for-next-run");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  /**
   * The name in the audit log.
   *
   * @return e.g. {@code applied} or {@code server-error}
   */
  public String label() {
    return label;
  }
}
