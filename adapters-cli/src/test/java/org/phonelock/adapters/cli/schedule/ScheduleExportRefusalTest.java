package org.phonelock.adapters.cli.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code schedule export} refuses, before writing anything, a value its file cannot hold, and
 * escapes what each format can escape.
 */
class ScheduleExportRefusalTest {
  @TempDir Path directory;
  private ScheduleCli cli;
  private Path file;
  private Path output;

  @BeforeEach
  void setUp() throws IOException {
    cli = ScheduleCli.wednesdayMorning();
    Path split = Files.createDirectory(directory.resolve("a\nb"));
    file = ScheduleFiles.write(split, "night.yaml",
        ScheduleFiles.issueExample("https://ias.example.com", "svc"));
    output = Files.createDirectory(directory.resolve("out"));
  }

  private void assertRefusedBeforeWriting(String format, String... more) throws IOException {
    Stream<String> command = Stream.of(more).anyMatch("--command"::equals) ? Stream.of()
        : Stream.of("--command", "/opt/phonelock/bin/phonelock");
    String[] args = Stream.of(Stream.of("schedule", "export", file.toString(), "--format",
        format, "--output-dir", output.toString()), command, Stream.of(more))
        .flatMap(s -> s).toArray(String[]::new);
    assertThat(cli.run(args)).as(cli.err).isEqualTo(2);
    assertThat(cli.out).isEmpty();
    assertThat(cli.err.lines()).hasSize(1);
    try (Stream<Path> written = Files.list(output)) {
      assertThat(written).isEmpty();
    }
  }

  @Test
  void cronRefusesANewlineInTheSchedulePath() throws IOException {
    assertRefusedBeforeWriting("cron");
    assertThat(cli.err).isEqualTo("phonelock schedule export: the schedule file path '"
        + directory + "/a\\u000Ab/night.yaml' holds the control character U+000A, which a cron"
        + " file cannot hold; accepted: any text without control characters (U+0000 to U+001F,"
        + " U+007F to U+009F, U+2028, U+2029)\n");
  }

  @Test
  void systemdRefusesAControlCharacterInAnyValueAndACommandPrefix() throws IOException {
    file = ScheduleFiles.write(directory, "night.yaml",
        ScheduleFiles.issueExample("https://ias.example.com", "svc"));
    assertRefusedBeforeWriting("systemd", "--state", "/var/lib/phonelock/x\u0085.json");
    assertThat(cli.err).startsWith("phonelock schedule export: --state '/var/lib/phonelock/x"
        + "\\u0085.json' holds the control character U+0085");
    assertRefusedBeforeWriting("systemd", "--command", "-/opt/phonelock/bin/phonelock");
    assertThat(cli.err).contains("--command '-/opt/phonelock/bin/phonelock' starts with a"
        + " character that systemd reads as an ExecStart= prefix");
  }

  @Test
  void systemdDoublesAPercentInTheDescription() throws IOException {
    Path percent = Files.createDirectory(directory.resolve("100%h"));
    Path schedule = ScheduleFiles.write(percent, "night.yaml",
        ScheduleFiles.issueExample("https://ias.example.com", "svc"));
    assertThat(cli.run("schedule", "export", schedule.toString(), "--format", "systemd",
        "--command", "/opt/phonelock/bin/phonelock")).isEqualTo(0);
    assertThat(cli.out).contains("Description=phonelock schedule " + directory + "/100%%h/"
        + "night.yaml\n", "Description=Run phonelock schedule " + directory + "/100%%h/night.yaml"
        + " every 5 minutes\n");
    assertThat(cli.out.lines().filter(line -> line.startsWith("Description=")))
        .noneMatch(line -> line.contains("100%h"));
  }

  @Test
  void windowsTaskRefusesAControlCharacterAPercentAndAQuote() throws IOException {
    String launcher = "C:\\phonelock\\bin\\phonelock.cmd";
    assertRefusedBeforeWriting("windows-task", "--command", launcher, "--schedule-path",
        "C:\\a\nb\\night.yaml");
    assertThat(cli.err).contains("the schedule file path", "U+000A", "windows-task");
    file = ScheduleFiles.write(directory, "night.yaml",
        ScheduleFiles.issueExample("https://ias.example.com", "svc"));
    assertRefusedBeforeWriting("windows-task", "--command", launcher, "--schedule-path",
        "C:\\phonelock\\night.yaml", "--password-file", "C:\\pw\\%USERNAME%.txt");
    assertThat(cli.err).contains("--password-file 'C:\\\\pw\\\\%USERNAME%.txt' holds % or \"");
    assertRefusedBeforeWriting("windows-task", "--command", "C:\\phone\u2028lock.cmd",
        "--schedule-path", "C:\\phonelock\\night.yaml");
    assertThat(cli.err).contains("--command 'C:\\\\phone\\u2028lock.cmd' holds the control"
        + " character U+2028");
  }

  @Test
  void windowsTaskQuotesWhatCmdWouldReadAsAnOperator() throws IOException {
    Path ampersand = Files.createDirectory(directory.resolve("R&D"));
    Path schedule = ScheduleFiles.write(ampersand, "night.yaml",
        ScheduleFiles.issueExample("https://ias.example.com", "svc"));
    assertThat(cli.run("schedule", "export", schedule.toString(), "--format", "windows-task",
        "--schedule-path", "C:\\R&D\\night.yaml", "--output-dir", output.toString()))
        .as(cli.err).isEqualTo(0);
    String xml = new String(Files.readAllBytes(output.resolve("phonelock-night.xml")),
        StandardCharsets.UTF_16);
    assertThat(xml).contains("<Arguments>schedule run \"C:\\R&amp;D\\night.yaml\""
        + " --once</Arguments>");
  }
}
