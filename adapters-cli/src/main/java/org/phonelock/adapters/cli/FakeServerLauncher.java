package org.phonelock.adapters.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Starts the in-memory fake Phone Lock server; implemented by the wiring. */
@FunctionalInterface
public interface FakeServerLauncher {
  /**
   * Starts a fake server and returns once it listens.
   *
   * @param directory the user directory CSV, or empty for the bundled sample directory
   * @param bindAddress the address to listen on, e.g. {@code 127.0.0.1}
   * @param port the TCP port, 0 for a free one
   * @param headerTimeout how long a client may take to send a request header before the server
   *     closes its connection
   * @return the running server; the caller closes it
   * @throws IOException when the port cannot be bound
   * @throws InvalidInputException when the directory file is malformed (file, line and reason)
   */
  RunningFakeServer start(Optional<Path> directory, String bindAddress, int port,
      Duration headerTimeout) throws IOException;

  /** A running fake server. */
  interface RunningFakeServer extends AutoCloseable {
    /**
     * Where it listens.
     *
     * @return e.g. {@code http://127.0.0.1:41234}
     */
    URI baseUri();

    /** A snapshot of every phone line, in directory order. */
    List<FakeLine> lines();

    /**
     * The number of users in the directory.
     *
     * @return 0 or more
     */
    int userCount();

    /** Stops listening. Never throws. */
    @Override
    void close();
  }

  /**
   * One phone line of the fake server, as {@code GET /__fake/lines} shows it.
   *
   * @param username the owner
   * @param department the owner's department, or empty
   * @param extension the extension
   * @param partition the partition, or empty
   * @param locked the lock state
   */
  record FakeLine(
      String username,
      Optional<String> department,
      String extension,
      Optional<String> partition,
      boolean locked) {
    /** The line as {@code extension} or {@code extension@partition}. */
    public String line() {
      return partition.map(p -> extension + "@" + p).orElse(extension);
    }
  }
}
