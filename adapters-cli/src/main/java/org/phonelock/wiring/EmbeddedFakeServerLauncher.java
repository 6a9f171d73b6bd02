package org.phonelock.wiring;

import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.phonelock.adapters.cli.FakeServerLauncher;
import org.phonelock.adapters.cli.InvalidInputException;
import org.phonelock.adapters.fakeserver.DirectoryFormatException;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.LineState;
import org.phonelock.adapters.fakeserver.UserDirectory;

/** Starts the fake server adapter ({@link FakePhoneLockServer}) in this process. */
final class EmbeddedFakeServerLauncher implements FakeServerLauncher {
  @Inject
  EmbeddedFakeServerLauncher() {}

  @Override
  public RunningFakeServer start(Optional<Path> directoryFile, String bindAddress, int port,
      Duration headerTimeout) throws IOException {
    UserDirectory directory = directoryFile.isPresent() ? load(directoryFile.get())
        : UserDirectory.sample();
    FakePhoneLockServer server =
        FakePhoneLockServer.builder().directory(directory).bindAddress(bindAddress).port(port)
            .headerTimeout(headerTimeout).start();
    int users = directory.users().size();
    return new RunningFakeServer() {
      @Override
      public URI baseUri() {
        return server.baseUri();
      }

      @Override
      public List<FakeLine> lines() {
        return server.lines().stream().map(EmbeddedFakeServerLauncher::toFakeLine).toList();
      }

      @Override
      public int userCount() {
        return users;
      }

      @Override
      public void close() {
        server.close();
      }
    };
  }

  private static UserDirectory load(Path file) {
    try {
      return UserDirectory.load(file);
    } catch (DirectoryFormatException e) {
      throw new InvalidInputException("--directory " + e.getMessage());
    } catch (NoSuchFileException e) {
      throw new InvalidInputException("--directory " + file + ": no such file");
    } catch (IOException e) {
      throw new InvalidInputException(
          "--directory " + file + ": cannot be read (" + e.getClass().getSimpleName() + ": "
              + e.getMessage() + ")");
    }
  }

  private static FakeLine toFakeLine(LineState line) {
    return new FakeLine(line.username(), Optional.ofNullable(line.department()),
        line.extension(), Optional.ofNullable(line.partition()), line.locked());
  }
}
