package org.phonelock.wiring;

import java.io.IOException;
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
import org.phonelock.adapters.cli.schedule.ScheduleCli;
import org.phonelock.adapters.cli.schedule.ScheduleFiles;
import org.phonelock.adapters.cli.schedule.SimulatedClock;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.UserDirectory;

/**
 * What the schedule tests against the fake server share: fake servers with the sample directory,
 * a simulated clock, the CLI in-process through the real HTTP client, the demo password in
 * {@code PHONELOCK_PASSWORD}, schedule files in a folder, and a profiles file naming the servers
 * (for {@code profiles:}). Closes what it started.
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
    this.directory = directory;
    this.clock = new SimulatedClock(start);
    this.cli = new ScheduleCli(new HttpClientFactory(), clock, () -> clock.loopUntil(loopEnd));
    cli.environment.put("PHONELOCK_PASSWORD", PASSWORD);
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
