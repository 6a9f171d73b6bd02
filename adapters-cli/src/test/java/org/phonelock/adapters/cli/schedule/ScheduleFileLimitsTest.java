package org.phonelock.adapters.cli.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phonelock.adapters.cli.Fifos;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A schedule file is read with a 1 MiB cap before parsing, within SnakeYAML limits that each have
 * their own message, and its filter values follow the same rules as the CLI's flags (the
 * domain's {@code Filter}).
 */
class ScheduleFileLimitsTest {
  @TempDir Path directory;

  private List<String> problems(Path file) {
    return ScheduleFileParser.parse(file).problems().stream()
        .map(p -> p.line() + ": " + p.message()).toList();
  }

  private List<String> problems(String text) {
    return problems(ScheduleFiles.write(directory, "night.yaml", text));
  }

  @Test
  void aDeviceIsRefusedAsNotAFile() {
    assertThat(problems(Path.of("/dev/zero")))
        .containsExactly("1: is not a regular file (a FIFO, socket or device); give a file");
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFifoWithNoWriterIsRefusedAtOnce() throws Exception {
    Path fifo = Fifos.make(directory.resolve("night.yaml"));
    assertThat(problems(fifo))
        .containsExactly("1: is not a regular file (a FIFO, socket or device); give a file");
    for (String command : new String[] {"check", "next", "run", "status", "export"}) {
      SimulatedClock clock = new SimulatedClock(Instant.parse("2026-03-27T09:00:00Z"));
      ScheduleCli cli = new ScheduleCli(new RecordingClients(clock), clock,
          () -> clock.loopUntil(Instant.MIN));
      int exit = command.equals("export")
          ? cli.run("schedule", command, fifo.toString(), "--format", "cron")
          : cli.run("schedule", command, fifo.toString());
      assertThat(exit).as(command).isEqualTo(command.equals("status") ? 3 : 2);
      assertThat(cli.err).as(command).contains(fifo + ":1: is not a regular file");
    }
  }

  @Test
  void aTenMegabyteFileIsRefusedWithoutBeingParsed() throws Exception {
    Path big = directory.resolve("big.yaml");
    try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
      sparse.setLength(10L * 1024 * 1024);
    }
    assertThat(problems(big)).singleElement().asString().contains("larger than 1 MiB");
  }

  @Test
  void aDirectoryIsRefused() {
    assertThat(problems(directory)).singleElement().asString().contains("is a directory");
  }

  @Test
  void tooManyAliasesHaveTheirOwnMessage() {
    StringBuilder text = new StringBuilder("a: &a [x, y]\nb: [");
    for (int i = 0; i < 30; i++) {
      text.append(i == 0 ? "" : ", ").append("*a");
    }
    text.append("]\n");
    assertThat(problems(text.toString())).singleElement().asString()
        .contains("more than 20 YAML aliases");
  }

  @Test
  void tooDeepNestingHasItsOwnMessage() {
    String text = "jobs: " + "[".repeat(40) + "]".repeat(40) + "\n";
    assertThat(problems(text)).singleElement().asString()
        .contains("nested deeper than 20 levels");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\" \"", "\"\\u00A0\"", "\"\\u200B\"", "\"\\t\"", "\"\\u2060\\u3000\""})
  void aBlankOrInvisibleFilterValueIsRefusedAsOnTheCommandLine(String yamlValue) {
    String text = ScheduleFiles.issueExample("https://ias.example.com", "svc")
        .replace("filters: { department: \"R&D\" }", "filters: { department: " + yamlValue + " }");
    assertThat(problems(text)).singleElement().asString()
        .contains("filter department has a value of only white space or invisible characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"!!binary UiZE", "!!str 123", "!!str true", "!Sales Dept"})
  void anExplicitTagThatChangesTheValueIsRefused(String yamlValue) {
    String text = ScheduleFiles.issueExample("https://ias.example.com", "svc")
        .replace("filters: { department: \"R&D\" }", "filters: { department: " + yamlValue + " }");
    assertThat(problems(text)).singleElement().asString().contains("YAML tag");
  }

  /** "&Sales Dept" is the anchor Sales on "Dept": read as YAML, it would lock department Dept. */
  @ParameterizedTest
  @ValueSource(strings = {"&Sales Dept", "&d R&D"})
  void anAnchoredValueIsRefusedNotReadWithoutItsAnchor(String yamlValue) {
    String text = ScheduleFiles.issueExample("https://ias.example.com", "svc")
        .replace("filters: { department: \"R&D\" }", "filters: { department: " + yamlValue + " }");
    assertThat(problems(text)).singleElement().asString().contains("YAML anchor");
  }

  /** SnakeYAML's reader gives a refused character's offset only; the line is counted from it. */
  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void aControlCharacterIsReportedAtItsLine(String lineBreak) {
    String text = ScheduleFiles.issueExample("https://ias.example.com", "svc")
        .replace("\n", lineBreak).replace("R&D", "R\u0007D");
    int line = ScheduleFiles.issueExample("https://ias.example.com", "svc")
        .substring(0, ScheduleFiles.issueExample("https://ias.example.com", "svc")
            .indexOf("R&D")).split("\n", -1).length;
    assertThat(line).isGreaterThan(1);
    assertThat(problems(text)).singleElement().asString()
        .startsWith(line + ": not valid YAML: character U+0007");
  }

  /** YAML folds a line break inside a value into a space: "R<CR>D" would be sent as "R D". */
  @ParameterizedTest
  @ValueSource(strings = {"\"R\rD\"", "\"R\u0085D\"", "\"R\n        D\"", "'R\n        D'",
      "R\n        D", "|\n        R&D", ">\n        R&D"})
  void aValueThatSpansLinesIsRefusedNotFolded(String yamlValue) {
    String example = ScheduleFiles.issueExample("https://ias.example.com", "svc");
    String text = example.replace("filters: { department: \"R&D\" }",
        "filters:\n      department: " + yamlValue);
    int line = example.substring(0, example.indexOf("R&D")).split("\n", -1).length + 1;
    assertThat(problems(text)).singleElement().asString()
        .startsWith(line + ": ").contains("spans more than one line");
  }

  @ParameterizedTest
  @ValueSource(strings = {"''", "\"\""})
  void aQuotedEmptyValueIsCalledEmpty(String yamlValue) {
    String text = ScheduleFiles.issueExample("https://ias.example.com", "svc")
        .replace("filters: { department: \"R&D\" }", "filters: { department: " + yamlValue + " }");
    assertThat(problems(text)).singleElement().asString()
        .endsWith("filter department is empty; give a value");
  }

  @Test
  void aTagSnakeYamlCannotReadIsAProblemNotACrash() {
    // SnakeYAML throws IllegalArgumentException, not YAMLException, for this tag (found by
    // ScheduleFilePropertiesTest).
    assertThat(problems("!aaaaa%a\n")).singleElement().asString().contains("not valid YAML");
  }

  @Test
  void checkOfADeviceExitsTwoWithOneLine() {
    SimulatedClock clock = new SimulatedClock(Instant.parse("2026-03-27T09:00:00Z"));
    ScheduleCli cli = new ScheduleCli(new RecordingClients(clock), clock,
        () -> clock.loopUntil(Instant.MIN));
    assertThat(cli.run("schedule", "check", "/dev/zero")).isEqualTo(2);
    assertThat(cli.err.lines()).first().isEqualTo(
        "/dev/zero:1: is not a regular file (a FIFO, socket or device); give a file");
    assertThat(cli.err).contains("nothing was sent").doesNotContain("\tat ");
    assertThat(Files.exists(Path.of("/dev/zero"))).isTrue();
  }
}
