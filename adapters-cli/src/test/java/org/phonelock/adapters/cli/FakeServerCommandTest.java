package org.phonelock.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** {@code phonelock fake-server}: flags, first output line and clean stop. */
class FakeServerCommandTest {
  private final CliHarness cli = new CliHarness();
  private final AtomicBoolean closed = new AtomicBoolean();
  private Optional<Path> directory;
  private String bind;
  private int port;
  private java.time.Duration headerTimeout;

  private void recordingLauncher() {
    cli.launcher =
        (dir, address, p, timeout) -> {
          directory = dir;
          bind = address;
          port = p;
          headerTimeout = timeout;
          return new FakeServerLauncher.RunningFakeServer() {
            @Override
            public URI baseUri() {
              return URI.create("http://" + address + ":41234");
            }

            @Override
            public List<FakeServerLauncher.FakeLine> lines() {
              return List.of();
            }

            @Override
            public int userCount() {
              return 3;
            }

            @Override
            public void close() {
              closed.set(true);
            }
          };
        };
  }

  @Test
  void firstStdoutLineIsTheAddressAndTheServerIsClosedOnShutdown() {
    recordingLauncher();
    assertThat(cli.run("fake-server")).isZero();
    assertThat(cli.out.lines().findFirst()).contains("listening on http://127.0.0.1:41234");
    assertThat(bind).isEqualTo("127.0.0.1");
    assertThat(port).isZero();
    assertThat(directory).isEmpty();
    assertThat(closed).isTrue();
  }

  @Test
  void flagsReachTheLauncher() {
    recordingLauncher();
    assertThat(cli.run("fake-server", "--port", "8080", "--bind", "0.0.0.0", "--directory",
        "users.csv")).isZero();
    assertThat(port).isEqualTo(8080);
    assertThat(bind).isEqualTo("0.0.0.0");
    assertThat(directory).contains(Path.of("users.csv"));
  }

  @Test
  void portOutOfRangeIsRefused() {
    recordingLauncher();
    assertThat(cli.run("fake-server", "--port", "70000")).isEqualTo(2);
    assertThat(cli.err).contains("--port 70000", "0 to 65535");
    assertThat(port).isZero();
  }

  @Test
  void portThatCannotBeBoundIsRefusedInOneLine() {
    cli.launcher = (dir, address, p, timeout) -> {
      throw new java.net.BindException("Address already in use");
    };
    assertThat(cli.run("fake-server", "--port", "80")).isEqualTo(2);
    assertThat(cli.err.strip()).contains("cannot listen", "Address already in use").doesNotContain("\n");
  }

  @Test
  void malformedDirectoryIsRefusedWithItsReason() {
    cli.launcher = (dir, address, p, timeout) -> {
      throw new InvalidInputException("--directory users.csv:3: unknown permission 'root'");
    };
    assertThat(cli.run("fake-server", "--directory", "users.csv")).isEqualTo(2);
    assertThat(cli.err).contains("users.csv:3: unknown permission 'root'");
  }

  @Test
  void bindingBeyondLoopbackWarnsThatTheAdminApiIsOpen() {
    recordingLauncher();
    assertThat(cli.run("fake-server", "--bind", "0.0.0.0")).isZero();
    assertThat(cli.err).contains("warning", "--bind 0.0.0.0", "/__fake/", "no authentication");
  }

  @Test
  void headerTimeoutIsPassedInSecondsAndDefaultsToTen() {
    recordingLauncher();
    assertThat(cli.run("fake-server")).isZero();
    assertThat(headerTimeout).isEqualTo(java.time.Duration.ofSeconds(10));
    assertThat(cli.run("fake-server", "--header-timeout", "3")).isZero();
    assertThat(headerTimeout).isEqualTo(java.time.Duration.ofSeconds(3));
  }

  @Test
  void headerTimeoutOutOfRangeIsRefusedInOneLine() {
    recordingLauncher();
    for (String seconds : new String[] {"0", "-1", "601"}) {
      assertThat(cli.run("fake-server", "--header-timeout", seconds)).isEqualTo(2);
      assertThat(cli.err.strip()).contains("--header-timeout " + seconds, "1 to 600")
          .doesNotContain("\n");
    }
    assertThat(headerTimeout).isNull();
  }

  @Test
  void bindingToLoopbackDoesNotWarn() {
    recordingLauncher();
    assertThat(cli.run("fake-server")).isZero();
    assertThat(cli.err).doesNotContain("warning");
  }
}
