package org.phonelock.adapters.cli.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * README, "Several servers": check, run, next, status and export refuse a profile the profiles
 * file does not have, with the schedule file and the line of its name (exit 2; status: UNKNOWN).
 */
class UnknownProfileTest {
  @TempDir Path directory;

  @ParameterizedTest
  @ValueSource(strings = {"check", "next", "run", "status", "export"})
  void everyCommandRefusesAnUnknownProfile(String command) throws Exception {
    Path config = Files.createDirectories(directory.resolve("config")).resolve("config.yaml");
    Files.writeString(config, "profiles:\n  milan:\n    server: https://milan.example.com\n"
        + "    user: svc\n");
    Path file = ScheduleFiles.write(directory, "f.yaml", String.join("\n",
        "timezone: Europe/Rome",
        "profiles: [milan, napoli]",
        "jobs:",
        "  - name: rd-night",
        "    action: lock",
        "    cron: \"0 19 * * MON-FRI\"",
        "    filters: { department: \"R&D\" }",
        ""));
    SimulatedClock clock = new SimulatedClock(ScheduleCli.WEDNESDAY_MORNING);
    RecordingClients clients = new RecordingClients(clock);
    ScheduleCli cli = ScheduleCli.simulated(clients, clock, Instant.MIN);
    cli.configDirectory = Optional.of(config.getParent());
    cli.environment.put("PHONELOCK_PASSWORD", "pw");
    int exit = command.equals("export")
        ? cli.run("schedule", command, file.toString(), "--format", "cron", "--command",
            "/opt/phonelock/bin/phonelock")
        : command.equals("run") ? cli.run("schedule", command, file.toString(), "--once")
        : cli.run("schedule", command, file.toString());
    assertThat(exit).as(cli.err).isEqualTo(command.equals("status") ? 3 : 2);
    assertThat(cli.out + cli.err).contains(file + ":2: profiles: 'napoli'",
        "no such profile in " + config, "profiles there: milan").doesNotContain("\tat ");
    if (!command.equals("status")) {
      assertThat(cli.out).isEmpty();
    }
    assertThat(clients.requests).isEmpty();
  }
}
