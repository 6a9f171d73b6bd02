package org.phonelock.adapters.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.phonelock.adapters.cli.FakeServerLauncher.RunningFakeServer;
import org.phonelock.domain.ServerUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code phonelock fake-server}: runs the in-memory fake Phone Lock server until interrupted. Its
 * first line on standard output is {@code listening on http://HOST:PORT}, so scripts can read the
 * address.
 */
@Command(
    name = "fake-server",
    description = "Run the in-memory fake Phone Lock server until interrupted (Ctrl-C).",
    mixinStandardHelpOptions = true)
public final class FakeServerCommand implements Callable<Integer> {
  /** The fake server's default header timeout (FakePhoneLockServer.DEFAULT_HEADER_TIMEOUT). */
  static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
  /** The fake server's longest header timeout (FakePhoneLockServer.LONGEST_HEADER_TIMEOUT). */
  static final int MAX_HEADER_TIMEOUT_SECONDS = 600;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "0",
      description = "TCP port, 0 to 65535; 0 picks a free port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String bind;

  @Option(
      names = "--header-timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description = "Close a connection whose request header is not complete within SECONDS,"
          + " 1 to 600, counted from its opening or the request's first byte"
          + " (default: ${DEFAULT-VALUE}).")
  int headerTimeoutSeconds;

  @Option(
      names = "--directory",
      paramLabel = "FILE",
      description = "User directory CSV (default: the bundled sample directory).")
  Path directory;

  private final CliContext context;
  private final FakeServerLauncher launcher;
  private final ShutdownSignal shutdown;

  @Inject
  public FakeServerCommand(
      CliContext context, FakeServerLauncher launcher, ShutdownSignal shutdown) {
    this.context = context;
    this.launcher = launcher;
    this.shutdown = shutdown;
  }

  /**
   * Starts the server, prints its address and waits for the stop signal.
   *
   * @return 0 after a clean stop
   * @throws InvalidInputException when the port is out of range, the address cannot be bound or
   *     the directory file is malformed
   * @throws InterruptedException when interrupted while waiting
   */
  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new InvalidInputException("--port " + port + " is not accepted; expected 0 to 65535");
    }
    if (headerTimeoutSeconds < 1 || headerTimeoutSeconds > MAX_HEADER_TIMEOUT_SECONDS) {
      throw new InvalidInputException("--header-timeout " + headerTimeoutSeconds
          + " is not accepted; expected 1 to " + MAX_HEADER_TIMEOUT_SECONDS + " (seconds)");
    }
    RunningFakeServer server = start();
    context.out().println("listening on " + server.baseUri());
    context.out().flush();
    context.err().println("phonelock: fake server with " + server.userCount()
        + " users; admin API at " + server.baseUri() + "/__fake/lines; Ctrl-C stops it");
    if (!ServerUrl.isLoopback(server.baseUri().getHost())) {
      context.err().println("phonelock: warning: listening beyond this machine (--bind " + bind
          + "); the fake-only admin API /__fake/ has no authentication");
    }
    context.err().flush();
    shutdown.await(server::close);
    return ExitCodes.SUCCESS;
  }

  private RunningFakeServer start() {
    try {
      return launcher.start(Optional.ofNullable(directory), bind, port,
          Duration.ofSeconds(headerTimeoutSeconds));
    } catch (IOException e) {
      throw new InvalidInputException(
          "cannot listen on --bind " + bind + " --port " + port + " (" + e.getMessage()
              + "); choose another address or port, or --port 0 for a free one");
    }
  }
}
