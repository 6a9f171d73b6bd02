package org.phonelock.adapters.cli.schedule;

import java.net.URI;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import org.phonelock.adapters.cli.CliContext;
import org.phonelock.adapters.cli.OutputFormat;
import org.phonelock.adapters.cli.PhoneLockSession;
import org.phonelock.adapters.cli.ResultReporter;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.schedule.AttemptResult;
import org.phonelock.application.port.out.AuditLog;
import org.phonelock.application.schedule.AuditRecord;
import org.phonelock.application.schedule.JobSender;
import org.phonelock.application.schedule.Outcome;

/**
 * What {@code schedule run} prints, the same with and without {@code --once}: for each attempt,
 * the line (text) or JSON object that {@code lock} and {@code unlock} print for their one request,
 * naming the job, the firing and the attempt; and one line on standard error for a firing given
 * up because a later one superseded it. The audit log file has the full record.
 *
 * <p>The audit record of an attempt carries its outcome but not the server's answer, which the
 * lines of {@code lock} and {@code unlock} are made from; so the sender given to the runner keeps
 * the answer of the attempt in progress until its record arrives (both on the thread that works
 * on that server).
 */
final class AttemptReport implements AuditLog {
  private final CliContext context;
  private final ZoneId zone;
  private final ResultReporter reporter;
  private final String then;
  /** Per thread: with several servers, each server's attempts run on a thread of their own. */
  private final ThreadLocal<AttemptResult> answer = new ThreadLocal<>();

  /**
   * @param then what follows a failed attempt, e.g. {@code the next run tries again}
   */
  AttemptReport(CliContext context, ZoneId zone, OutputFormat format, String then) {
    this.context = context;
    this.zone = zone;
    this.reporter = new ResultReporter(context, format);
    this.then = then;
  }

  /** Sends through {@code session}, keeping each answer for the attempt's report. */
  JobSender sender(PhoneLockSession session) {
    return new JobSender(command -> keep(() -> session.lockPhones().lock(command)),
        command -> keep(() -> session.unlockPhones().unlock(command)));
  }

  private PhoneLockResult keep(Supplier<PhoneLockResult> send) {
    answer.remove();
    try {
      PhoneLockResult result = send.get();
      answer.set(new AttemptResult.Answered(result));
      return result;
    } catch (RuntimeException e) {
      answer.set(new AttemptResult.NoAnswer(e));
      throw e;
    }
  }

  @Override
  public void record(AuditRecord record) {
    String firing = record.firing().atZone(zone).toOffsetDateTime().toString();
    AttemptResult answer = this.answer.get();
    if (record.event() == AuditRecord.Event.ATTEMPT && answer != null) {
      Optional<ResultReporter.Attempt> attempt = Optional.of(
          new ResultReporter.Attempt(record.job(), firing, record.attempts(), then));
      URI server = URI.create(record.server());
      if (answer instanceof AttemptResult.Answered answered) {
        reporter.report(record.action(), server, record.filter(), answered.result(), attempt);
      } else {
        reporter.reportUnavailable(record.action(), server, record.filter(), answer.message(),
            attempt);
      }
      this.answer.remove();
    } else if (record.event() == AuditRecord.Event.OUTCOME
        && record.outcome() == Outcome.SUPERSEDED) {
      context.err().println("phonelock schedule: job " + record.job() + ", firing " + firing
          + ": " + record.message() + "; not sent again");
    }
    context.out().flush();
    context.err().flush();
  }
}
