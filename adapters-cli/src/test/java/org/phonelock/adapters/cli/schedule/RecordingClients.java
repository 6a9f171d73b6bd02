package org.phonelock.adapters.cli.schedule;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.phonelock.adapters.cli.ConnectionSettings;
import org.phonelock.adapters.cli.PhoneLockClientFactory;
import org.phonelock.adapters.cli.PhoneLockSession;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.in.LockPhones;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.application.port.in.UnlockPhones;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;

/** Sessions in memory: record the settings and each request; answer from a script. */
final class RecordingClients implements PhoneLockClientFactory {
  final List<ConnectionSettings> opened = new ArrayList<>();
  final List<String> requests = new ArrayList<>();
  private final Deque<Supplier<PhoneLockResult>> script = new ArrayDeque<>();
  private final Clock clock;

  RecordingClients(Clock clock) {
    this.clock = clock;
  }

  RecordingClients thenAnswer(Supplier<PhoneLockResult> answer) {
    script.add(answer);
    return this;
  }

  @Override
  public PhoneLockSession open(ConnectionSettings settings) {
    opened.add(settings);
    return new PhoneLockSession() {
      @Override
      public LockPhones lockPhones() {
        return command -> answer(PhoneLockAction.LOCK, command);
      }

      @Override
      public UnlockPhones unlockPhones() {
        return command -> answer(PhoneLockAction.UNLOCK, command);
      }

      @Override
      public List<String> describeRequest(PhoneLockAction action, Filter filter) {
        return List.of();
      }

      @Override
      public void close() {}
    };
  }

  private PhoneLockResult answer(PhoneLockAction action, PhoneLockCommand command) {
    requests.add(clock.instant() + " " + action.endpointName() + " " + command.filter());
    Supplier<PhoneLockResult> next = script.poll();
    return next != null ? next.get()
        : new PhoneLockResult.Applied(action, command.filter(), Optional.empty());
  }
}
