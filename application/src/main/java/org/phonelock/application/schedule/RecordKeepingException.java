package org.phonelock.application.schedule;

import static java.util.Objects.requireNonNull;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A run stopped because the audit log or the state store could not be written. No request is
 * sent without its audit record, so the run stops rather than act unrecorded; this tells what
 * became of the firing it was on. The cause's message names the file and the reason.
 */
public final class RecordKeepingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ScheduleJob job;
  private final Instant firing;
  private final String server;
  private final transient Optional<AttemptResult> answer;
  private final boolean stateRecorded;
  private final transient List<FiringResult> earlier;

  RecordKeepingException(ScheduleJob job, Instant firing, String server,
      Optional<AttemptResult> answer, boolean stateRecorded, UncheckedIOException cause) {
    this(job, firing, server, answer, stateRecorded, List.of(), cause);
  }

  private RecordKeepingException(ScheduleJob job, Instant firing, String server,
      Optional<AttemptResult> answer, boolean stateRecorded, List<FiringResult> earlier,
      UncheckedIOException cause) {
    super(cause.getMessage(), cause);
    this.job = requireNonNull(job, "job");
    this.firing = requireNonNull(firing, "firing");
    this.server = requireNonNull(server, "server");
    this.answer = requireNonNull(answer, "answer");
    this.stateRecorded = stateRecorded;
    this.earlier = List.copyOf(earlier);
  }

  /** The same failure, after {@code results} of {@link ScheduleRunner#runOnce()}. */
  RecordKeepingException after(List<FiringResult> results) {
    return new RecordKeepingException(job, firing, server, answer, stateRecorded, results,
        (UncheckedIOException) getCause());
  }

  /**
   * The job whose firing was being attempted.
   *
   * @return the job
   */
  public ScheduleJob job() {
    return job;
  }

  /**
   * The firing being attempted.
   *
   * @return its instant
   */
  public Instant firing() {
    return firing;
  }

  /**
   * The server the firing was for.
   *
   * @return its URL, as the audit records name it
   */
  public String server() {
    return server;
  }

  /**
   * What the request came back with.
   *
   * @return empty when the request was not sent (its audit record could not be written first)
   */
  public Optional<AttemptResult> answer() {
    return answer;
  }

  /**
   * Tells whether the state store reflects the answer, so that the next run neither repeats an
   * applied firing nor forgets one.
   *
   * @return false when the server applied the action but the state store could not record it:
   *     the next run sends it again (PUT is idempotent, docs/api-contract.md)
   */
  public boolean stateRecorded() {
    return stateRecorded;
  }

  /**
   * For {@link ScheduleRunner#runOnce()}: the firings attempted before this one, in order.
   *
   * @return the results; empty for the run loop
   */
  public List<FiringResult> earlier() {
    return earlier;
  }
}
