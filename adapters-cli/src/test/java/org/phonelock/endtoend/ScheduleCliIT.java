package org.phonelock.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar runs a schedule against {@code phonelock fake-server}, both as separate
 * processes (README, "Running it"): {@code --once} catches up and exits 0, and {@code schedule run}
 * stops cleanly on SIGTERM.
 */
class ScheduleCliIT {
  @TempDir Path directory;
  private Process server;
  private Path file;

  @BeforeEach
  void startFakeServer() throws Exception {
    List<String> firstLine = new ArrayList<>();
    server = PackagedCli.startFakeServer(firstLine, "--port", "0");
    String baseUri = firstLine.get(0).substring("listening on ".length());
    file = directory.resolve("night.yaml");
    Files.writeString(file, String.join("\n",
        "timezone: Europe/Rome",
        "server: " + baseUri,
        "user: admin",
        "password: admin-demo-pw",
        "jobs:",
        "  - name: rd-night",
        "    action: lock",
        "    cron: \"0 19 * * *\"",
        "    filters: { department: \"R&D\" }",
        ""), StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
  }

  @AfterEach
  void stopFakeServer() throws Exception {
    server.destroy();
    server.waitFor();
  }

  @Test
  void onceCatchesUpWithThePasswordFromThePrivateScheduleFile() throws Exception {
    PackagedCli.Run run = PackagedCli.run(Map.of(), "schedule", "run", file.toString(), "--once");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Lock applied on", "department=\"R&D\"", "job rd-night");
    assertThat(run.out() + run.err()).doesNotContain("admin-demo-pw");
    assertThat(Files.readString(directory.resolve("night.state.json"))).contains("rd-night");
    PackagedCli.Run again = PackagedCli.run(Map.of(), "schedule", "run", file.toString(),
        "--once");
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).isEmpty();
  }

  @Test
  void runStopsCleanlyOnSigterm() throws Exception {
    ProcessBuilder builder = new ProcessBuilder(PackagedCli.command("schedule", "run",
        file.toString(), "--no-catch-up"));
    builder.environment().remove("PHONELOCK_PASSWORD");
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process run = builder.start();
    BufferedReader err = new BufferedReader(
        new InputStreamReader(run.getErrorStream(), StandardCharsets.UTF_8));
    assertThat(err.readLine()).startsWith("phonelock schedule: running " + file);
    // SIGTERM; Process.destroy() would also close the streams this test still reads.
    assertThat(run.toHandle().destroy()).isTrue();
    assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(err.readLine()).isEqualTo("phonelock schedule: stopped");
    // The JVM reports the signal as 128 + 15 once its shutdown hooks have run.
    assertThat(run.exitValue()).isEqualTo(143);
  }
}
