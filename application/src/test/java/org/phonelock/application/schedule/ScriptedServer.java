package org.phonelock.application.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;

/**
 * LockPhones and UnlockPhones in memory: records each request with the clock's time and answers
 * from a script (then "applied").
 */
final class ScriptedServer {
  record Request(Instant time, PhoneLockAction action, Filter filter) {}

  final List<Request> requests = new ArrayList<>();
  private final Deque<Supplier<PhoneLockResult>> script = new ArrayDeque<>();
  private final Clock clock;
  private java.util.function.Function<Request, Optional<PhoneLockResult>> rule =
      request -> Optional.empty();

  ScriptedServer(Clock clock) {
    this.clock = clock;
  }

  /** The next {@code times} requests get {@code answer}. */
  ScriptedServer thenAnswer(int times, Supplier<PhoneLockResult> answer) {
    for (int i = 0; i < times; i++) {
      script.add(answer);
    }
    return this;
  }

  /** Requests the rule answers get its answer (before the script). */
  ScriptedServer answering(java.util.function.Function<Request, Optional<PhoneLockResult>> rule) {
    this.rule = rule;
    return this;
  }

  JobSender sender() {
    return new JobSender(command -> answer(PhoneLockAction.LOCK, command),
        command -> answer(PhoneLockAction.UNLOCK, command));
  }

  private PhoneLockResult answer(PhoneLockAction action, PhoneLockCommand command) {
    Request request = new Request(clock.instant(), action, command.filter());
    requests.add(request);
    Optional<PhoneLockResult> ruled = rule.apply(request);
    if (ruled.isPresent()) {
      return ruled.get();
    }
    Supplier<PhoneLockResult> next = script.poll();
    return next != null ? next.get()
        : new PhoneLockResult.Applied(action, command.filter(), Optional.empty());
  }

  static PhoneLockResult unavailable503() {
    return new PhoneLockResult.ServerError(503, "Service Unavailable");
  }
}
