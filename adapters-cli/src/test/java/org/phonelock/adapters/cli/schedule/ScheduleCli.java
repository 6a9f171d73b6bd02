package org.phonelock.adapters.cli.schedule;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.phonelock.adapters.cli.CliContext;
import org.phonelock.adapters.cli.CliRunner;
import org.phonelock.adapters.cli.PhoneLockClientFactory;
import org.phonelock.adapters.cli.DemoCommand;
import org.phonelock.adapters.cli.FakeServerCommand;
import org.phonelock.adapters.cli.FakeServerLauncher;
import org.phonelock.adapters.cli.LockCommand;
import org.phonelock.adapters.cli.PhonelockCommand;
import org.phonelock.adapters.cli.UnlockCommand;
import org.phonelock.adapters.files.schedule.AuditLogHistory;
import org.phonelock.adapters.files.schedule.JsonLinesAuditLog;
import org.phonelock.adapters.files.schedule.JsonStateFile;
import org.phonelock.adapters.files.schedule.PrometheusMetricsFile;
import org.phonelock.adapters.http.notify.HttpNotifier;
import org.phonelock.application.schedule.ScheduleRunner;
import picocli.CommandLine;

/**
 * Runs {@code phonelock} in-process with a given client factory, clock and loop control, and
 * captures standard output and error. The other commands get failing dependencies: these tests
 * only run {@code schedule}.
 */
public final class ScheduleCli {
  private static final FakeServerLauncher NO_FAKE_SERVER = (directory, bind, port, headerTimeout) -> {
    throw new AssertionError("no fake server expected");
  };

  /** The record files as the wiring plugs them in (adapters-files). */
  public static final RecordStores FILES = new RecordStores(JsonStateFile.FILES,
      JsonLinesAuditLog.FILES, AuditLogHistory::new, PrometheusMetricsFile.FILES);

  public final Map<String, String> environment = new HashMap<>();
  public String stdin = "";
  public java.util.Optional<java.nio.file.Path> configDirectory = java.util.Optional.empty();
  public String out = "";
  public String err = "";
  private final PhoneLockClientFactory clients;
  private final Clock clock;
  private final Supplier<LoopControl> loops;

  public ScheduleCli(PhoneLockClientFactory clients, Clock clock, Supplier<LoopControl> loops) {
    this.clients = clients;
    this.clock = clock;
    this.loops = loops;
  }

  /** Wednesday 2026-06-10, 10:00 in Rome: the simulated "now" most schedule tests start at. */
  public static final java.time.Instant WEDNESDAY_MORNING =
      java.time.Instant.parse("2026-06-10T08:00:00Z");

  /**
   * A CLI on a simulated clock whose {@code schedule run} loop ends at {@code loopEnd}.
   *
   * @param clients records what would be sent, on the same clock
   */
  public static ScheduleCli simulated(RecordingClients clients, SimulatedClock clock,
      java.time.Instant loopEnd) {
    return new ScheduleCli(clients, clock, () -> clock.loopUntil(loopEnd));
  }

  /** A CLI at {@link #WEDNESDAY_MORNING} for commands that do not loop (check, export...). */
  public static ScheduleCli wednesdayMorning() {
    SimulatedClock clock = new SimulatedClock(WEDNESDAY_MORNING);
    return simulated(new RecordingClients(clock), clock, java.time.Instant.MIN);
  }

  public int run(String... args) {
    StringWriter outText = new StringWriter();
    StringWriter errText = new StringWriter();
    CliContext context = new CliContext(environment,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(outText, true), new PrintWriter(errText, true),
        prompt -> java.util.Optional.empty(), configDirectory);
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        if (type == PhonelockCommand.class) {
          return type.cast(new PhonelockCommand(context));
        } else if (type == ScheduleCommand.class) {
          return type.cast(new ScheduleCommand(context, clients, clock, loops,
              ScheduleRunner::new, HttpNotifier::new, FILES));
        } else if (type == LockCommand.class) {
          return type.cast(new LockCommand(context, clients, FILES.auditLogs()));
        } else if (type == UnlockCommand.class) {
          return type.cast(new UnlockCommand(context, clients, FILES.auditLogs()));
        } else if (type == FakeServerCommand.class) {
          return type.cast(new FakeServerCommand(context, NO_FAKE_SERVER, Runnable::run));
        } else if (type == DemoCommand.class) {
          return type.cast(new DemoCommand(context, NO_FAKE_SERVER, clients));
        }
        return CommandLine.defaultFactory().create(type);
      }
    };
    int exit = CliRunner.run(factory, context, args);
    out = outText.toString();
    err = errText.toString();
    return exit;
  }
}
