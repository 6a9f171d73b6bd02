package org.phonelock.adapters.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.phonelock.adapters.cli.FakeServerLauncher.FakeLine;
import org.phonelock.adapters.cli.FakeServerLauncher.RunningFakeServer;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.domain.Credentials;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.PhoneLockAction;
import picocli.CommandLine.Command;

/**
 * {@code phonelock demo}: the main job on the embedded fake server. Starts the fake server on the
 * bundled sample directory, locks the lines of department {@value #DEPARTMENT} through the real
 * HTTP client as the sample account {@value #ACCOUNT}, shows which lines changed, unlocks them,
 * and checks that every line is back to its first state.
 */
@Command(
    name = "demo",
    description = "Lock and unlock one department on an embedded fake server (no real server).",
    mixinStandardHelpOptions = true)
public final class DemoCommand implements Callable<Integer> {
  static final String DEPARTMENT = "R&D";
  static final String ACCOUNT = "admin";
  // The sample directory's documented demo password (README, "Demo accounts"); not a secret.
  private static final String DEMO_PASSWORD = "admin-demo-pw";

  private final CliContext context;
  private final FakeServerLauncher launcher;
  private final PhoneLockClientFactory clients;

  @Inject
  public DemoCommand(
      CliContext context, FakeServerLauncher launcher, PhoneLockClientFactory clients) {
    this.context = context;
    this.launcher = launcher;
    this.clients = clients;
  }

  /**
   * Runs the demo.
   *
   * @return 0 when lock and unlock both did exactly what was asked, otherwise the exit code of
   *     the failure ({@link ExitCodes})
   * @throws IOException when the embedded server cannot start
   */
  @Override
  public Integer call() throws IOException {
    PrintWriter out = context.out();
    try (RunningFakeServer server = launcher.start(Optional.empty(), "127.0.0.1", 0,
        FakeServerCommand.DEFAULT_HEADER_TIMEOUT)) {
      out.println("Started the fake Phone Lock server on " + server.baseUri() + " with the sample"
          + " directory (" + server.userCount() + " users).");
      ConnectionSettings settings =
          ConnectionSettings.plain(server.baseUri(), new Credentials(ACCOUNT, DEMO_PASSWORD),
              Duration.ofSeconds(10), 0);
      PhoneLockCommand command =
          PhoneLockCommand.matching(Filter.builder().put(FilterField.DEPARTMENT, DEPARTMENT).build());
      try (PhoneLockSession session = clients.open(settings)) {
        List<FakeLine> before = server.lines();
        int locked = step(server, PhoneLockAction.LOCK, session.lockPhones().lock(command), before);
        if (locked != ExitCodes.SUCCESS) {
          return locked;
        }
        List<FakeLine> afterLock = server.lines();
        int unlocked =
            step(server, PhoneLockAction.UNLOCK, session.unlockPhones().unlock(command), afterLock);
        if (unlocked != ExitCodes.SUCCESS) {
          return unlocked;
        }
        return checkRestored(before, server.lines());
      }
    }
  }

  private int step(
      RunningFakeServer server, PhoneLockAction action, PhoneLockResult result,
      List<FakeLine> before) {
    PrintWriter out = context.out();
    out.println();
    out.println("$ phonelock " + action.endpointName().toLowerCase(java.util.Locale.ROOT)
        + " --server " + server.baseUri() + " --user " + ACCOUNT + " --department '"
        + DEPARTMENT + "'");
    if (!(result instanceof PhoneLockResult.Applied applied)) {
      context.err().println(ResultReporter.failureLine(action, server.baseUri(), result));
      return ExitCodes.of(result);
    }
    out.println(ResultReporter.summary(action, server.baseUri(),
        Filter.builder().put(FilterField.DEPARTMENT, DEPARTMENT).build(), applied));
    List<FakeLine> changed = changedLines(before, server.lines());
    out.println("Lines that changed (" + changed.size() + "):");
    for (FakeLine line : changed) {
      out.printf("  %-28s %-18s %-22s %s%n", line.username(), line.department().orElse("-"),
          line.line(), line.locked() ? "locked" : "unlocked");
    }
    return ExitCodes.SUCCESS;
  }

  static List<FakeLine> changedLines(List<FakeLine> before, List<FakeLine> after) {
    List<FakeLine> changed = new ArrayList<>();
    for (int i = 0; i < after.size(); i++) {
      if (i >= before.size() || before.get(i).locked() != after.get(i).locked()) {
        changed.add(after.get(i));
      }
    }
    return changed;
  }

  private int checkRestored(List<FakeLine> before, List<FakeLine> after) {
    if (!changedLines(before, after).isEmpty()) {
      context.err().println("phonelock demo: some lines did not return to their first state;"
          + " this is a bug, please report it");
      return ExitCodes.INTERNAL;
    }
    context.out().println();
    context.out().println("Every line is back to its first state. Demo done.");
    return ExitCodes.SUCCESS;
  }
}
