package org.phonelock.wiring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.phonelock.adapters.cli.CliContext;
import org.phonelock.adapters.cli.CliRunner;
import org.phonelock.adapters.cli.schedule.ScheduleCli;
import org.phonelock.adapters.cli.schedule.ScheduleFiles;
import org.phonelock.adapters.cli.schedule.SimulatedClock;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.UserDirectory;
import org.phonelock.adapters.http.PhoneLockClient;

/**
 * What the schedule tests against the fake server share: fake servers with the sample directory,
 * a simulated clock, the CLI in-process through the real HTTP client, the demo password in
 * {@code PHONELOCK_PASSWORD}, schedule files in a folder, and a profiles file naming the servers
 * (for {@code profiles:}); or the whole process as Main wires it ({@link #asMain}). Closes what it
 * started.
 */
final class FakeServerSchedules implements AutoCloseable {
  /** The demo account's password. */
  static final String PASSWORD = "admin-demo-pw";
  /** 19:05 in Rome on 10 June 2026, five minutes after a {@code 0 19 * * *} firing. */
  static final Instant FIVE_PAST = Instant.parse("2026-06-10T17:05:00Z");

  final Path directory;
  final SimulatedClock clock;
  final ScheduleCli cli;
  private final List<AutoCloseable> started = new ArrayList<>();

  /**
   * @param directory a temporary folder for the schedule, state, audit and profiles files
   * @param start the simulated clock's time
   * @param loopEnd when {@code schedule run} without {@code --once} stops
   */
  FakeServerSchedules(Path directory, Instant start, Instant loopEnd) {
    this(directory, start, loopEnd, UnaryOperator.identity());
  }

  /** As above, {@code hooks} setting the HTTP client's test-only settings (simulated waits). */
  FakeServerSchedules(Path directory, Instant start, Instant loopEnd,
      UnaryOperator<PhoneLockClient.Builder> hooks) {
    this.directory = directory;
    this.clock = new SimulatedClock(start);
    this.cli = new ScheduleCli(new HttpClientFactory(hooks), clock,
        () -> clock.loopUntil(loopEnd));
    cli.environment.put("PHONELOCK_PASSWORD", PASSWORD);
  }

  /** What {@link #asMain} printed. */
  record Run(int exit, String out, String err) {}

  /**
   * Runs {@code phonelock ARGS} as Main does: the Dagger component, the system clock, real HTTP,
   * the demo password in {@code PHONELOCK_PASSWORD}.
   */
  static Run asMain(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context = new CliContext(Map.of("PHONELOCK_PASSWORD", PASSWORD),
        new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
        new PrintWriter(err, true), prompt -> Optional.empty());
    int exit = CliRunner.run(DaggerPhonelockComponent.factory().create(context).commandFactory(),
        context, args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** Starts a fake server with the sample directory, closed with this. */
  FakePhoneLockServer server() throws IOException {
    FakePhoneLockServer server =
        FakePhoneLockServer.builder().directory(UserDirectory.sample()).start();
    started.add(server);
    return server;
  }

  /**
   * A server that is down: a URL whose port is held by a bound socket that never listens, so
   * connecting is refused for as long as this is open (never a freed port, which another
   * process could take).
   */
  String downServer() throws IOException {
    Socket held = new Socket();
    held.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    started.add(held);
    return "http://127.0.0.1:" + held.getLocalPort();
  }

  /**
   * Writes the profiles file (mode 600) with one profile per entry, each with the demo account
   * and password, and makes it the CLI's.
   *
   * @param servers profile name to server URL, in order
   */
  void profiles(Map<String, String> servers) {
    List<String> lines = new ArrayList<>(List.of("profiles:"));
    servers.forEach((name, url) -> lines.addAll(List.of("  " + name + ":",
        "    server: " + url, "    user: admin", "    password: " + PASSWORD)));
    Path config = directory.resolve("config");
    try {
      Files.createDirectories(config);
      Path file = config.resolve("config.yaml");
      Files.writeString(file, String.join("\n", lines) + "\n");
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    cli.configDirectory = Optional.of(config);
  }

  /** The profiles {@code milan} and {@code rome}, in that order. */
  static Map<String, String> milanAndRome(String milan, String rome) {
    Map<String, String> servers = new LinkedHashMap<>();
    servers.put("milan", milan);
    servers.put("rome", rome);
    return servers;
  }

  /** Writes a schedule file (mode 600) of these lines. */
  Path schedule(String name, String... lines) {
    return ScheduleFiles.write(directory, name, String.join("\n", lines) + "\n");
  }

  /**
   * A schedule that locks department R&D every evening at 19:00 in Rome, so that the latest past
   * firing exists whatever day a test runs.
   *
   * @param connection the connection keys, e.g. {@code "server: URL", "user: admin"} or {@code
   *     "profiles: [milan, rome]"}
   */
  Path nightlyRdLock(String name, String... connection) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    lines.add("timezone: Europe/Rome");
    lines.addAll(java.util.List.of(connection));
    lines.addAll(java.util.List.of("jobs:", "  - name: rd-night", "    action: lock",
        "    cron: \"0 19 * * *\"", "    filters: { department: \"R&D\" }"));
    return schedule(name, lines.toArray(String[]::new));
  }

  /** Runs {@code phonelock ARGS}; the output is in {@link #cli}. */
  int run(String... args) {
    return cli.run(args);
  }

  @Override
  public void close() throws Exception {
    for (AutoCloseable c : started) {
      c.close();
    }
  }
}
