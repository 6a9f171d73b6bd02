package org.phonelock.adapters.cli.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phonelock.adapters.cli.InvalidInputException;

/**
 * An export for another OS takes each path by that OS's rules ({@link ExportPaths}): kept
 * verbatim when absolute there, refused with one line when relative; never rewritten by this
 * OS's path rules.
 */
class ScheduleExportPathsTest {
  private static final String LAUNCHER = "C:\\phonelock\\bin\\phonelock.cmd";
  private static final String SCHEDULE = "C:\\phonelock\\night.yaml";

  @TempDir Path directory;
  private ScheduleCli cli;
  private Path file;

  @BeforeEach
  void setUp() {
    cli = ScheduleCli.wednesdayMorning();
    file = ScheduleFiles.write(directory, "night.yaml",
        ScheduleFiles.issueExample("https://ias.example.com", "svc"));
  }

  private int windowsTask(String... more) {
    List<String> args = new ArrayList<>(List.of("schedule", "export", file.toString(),
        "--format", "windows-task"));
    args.addAll(List.of(more));
    return cli.run(args.toArray(String[]::new));
  }

  @Test
  void windowsAbsolutePathsAreKeptVerbatimOnLinux() {
    assumeTrue(ExportPaths.Os.local() == ExportPaths.Os.POSIX, "the other OS is Windows");
    assertThat(windowsTask("--command", LAUNCHER, "--schedule-path", SCHEDULE,
        "--password-file", "C:\\phonelock\\password.txt",
        "--state", "c:/phonelock/night.state.json",
        "--audit-log", "\\\\files\\phonelock\\night.audit.jsonl")).as(cli.err).isZero();
    assertThat(cli.out).contains("<Command>" + LAUNCHER + "</Command>",
        "<Arguments>schedule run C:\\phonelock\\night.yaml --once"
            + " --state c:/phonelock/night.state.json"
            + " --audit-log \\\\files\\phonelock\\night.audit.jsonl"
            + " --password-file C:\\phonelock\\password.txt</Arguments>",
        "phonelock schedule C:\\phonelock\\night.yaml: applies")
        .doesNotContain(directory.toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--password-file | password.txt",
    "--password-file | /etc/phonelock/password",
    "--state         | state\\night.state.json",
    "--audit-log     | \\phonelock\\night.audit.jsonl",
    "--audit-log     | C:night.audit.jsonl",
    "--command       | bin\\phonelock.cmd",
    "--command       | /opt/phonelock/bin/phonelock",
    "--schedule-path | night.yaml",
  })
  void aPathThatIsNotAbsoluteOnWindowsIsRefusedForAWindowsTask(String flag, String path) {
    assumeTrue(ExportPaths.Os.local() == ExportPaths.Os.POSIX, "the other OS is Windows");
    List<String> args = new ArrayList<>(List.of(flag, path));
    for (String[] other : new String[][] {{"--command", LAUNCHER}, {"--schedule-path", SCHEDULE}}) {
      if (!other[0].equals(flag)) {
        args.addAll(List.of(other));
      }
    }
    assertThat(windowsTask(args.toArray(String[]::new))).isEqualTo(2);
    assertThat(cli.out).isEmpty();
    assertThat(cli.err.lines()).singleElement().asString()
        .startsWith("phonelock schedule export: " + flag + " '")
        .contains("is not a Windows absolute path", "e.g. C:\\phonelock\\password.txt");
  }

  @Test
  void theScheduleFileNeedsItsWindowsPathForAWindowsTask() {
    assumeTrue(ExportPaths.Os.local() == ExportPaths.Os.POSIX, "the other OS is Windows");
    assertThat(windowsTask("--command", LAUNCHER)).isEqualTo(2);
    assertThat(cli.err.lines()).singleElement().asString()
        .contains("the schedule file (give --schedule-path) '" + file + "' is not a Windows"
            + " absolute path");
  }

  @Test
  void onWindowsACronExportTakesPosixPathsAndRefusesWindowsOnes() {
    ExportPaths cron = new ExportPaths("cron", ExportPaths.Os.WINDOWS);
    assertThat(cron.forAnotherOs()).isTrue();
    assertThat(cron.path("--state", "/var/lib/phonelock/night.state.json"))
        .isEqualTo("/var/lib/phonelock/night.state.json");
    assertThat(cron.command("phonelock")).isEqualTo("phonelock");
    assertThatThrownBy(() -> cron.path("--password-file", "C:\\phonelock\\password.txt"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("--password-file 'C:\\\\phonelock\\\\password.txt' is not a POSIX"
            + " absolute path; a cron export runs on another OS");
    assertThatThrownBy(() -> cron.command("bin/phonelock"))
        .hasMessageContaining("is not a POSIX absolute path");
  }

  @Test
  void onTheSameOsARelativePathIsMadeAbsoluteAsBefore() {
    ExportPaths systemd = new ExportPaths("systemd", ExportPaths.Os.POSIX);
    assumeTrue(ExportPaths.Os.local() == ExportPaths.Os.POSIX, "POSIX path rules");
    assertThat(systemd.path("--state", "night.state.json"))
        .isEqualTo(Path.of("night.state.json").toAbsolutePath().toString());
    assertThat(systemd.command("bin/phonelock")).isEqualTo("bin/phonelock");
  }
}
