package org.phonelock.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * What a newcomer reads first: {@code --help} of every command fits 80 columns and breaks lines
 * only between words, a typo gets picocli's suggestion, and the exit codes are listed.
 */
class HelpTextTest {
  private static final int WIDTH = 80;
  private final CliHarness cli = new CliHarness();

  /** Every command path of the tree, e.g. {@code [schedule, run]}; the root is {@code []}. */
  private List<List<String>> commandPaths() {
    List<List<String>> paths = new ArrayList<>();
    collect(cli.commandTree(), new ArrayList<>(), paths);
    return paths;
  }

  private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
    paths.add(List.copyOf(path));
    command.getSubcommands().forEach((name, sub) -> {
      List<String> longer = new ArrayList<>(path);
      longer.add(name);
      collect(sub, longer, paths);
    });
  }

  private String help(List<String> path) {
    List<String> args = new ArrayList<>(path);
    args.add("--help");
    assertThat(cli.run(args.toArray(String[]::new))).as(String.join(" ", args)).isZero();
    return cli.out;
  }

  /** The same help with no wrapping at all: the words as written, in order. */
  private static String unwrapped(List<String> path) {
    CommandLine command = CliRunner.commandTree(new CliHarness().commandTree().getFactory());
    for (String name : path) {
      command = command.getSubcommands().get(name);
    }
    command.setUsageHelpWidth(10_000);
    StringWriter text = new StringWriter();
    command.usage(new PrintWriter(text), CommandLine.Help.Ansi.OFF);
    return text.toString();
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.strip().split("\\s+")).toList();
  }

  @Test
  void everyHelpFitsEightyColumnsAndBreaksLinesOnlyBetweenWords() {
    List<List<String>> paths = commandPaths();
    assertThat(paths).contains(List.of(), List.of("lock"), List.of("schedule", "export"),
        List.of("generate-completion"));
    for (List<String> path : paths) {
      String help = help(path);
      String name = "phonelock " + String.join(" ", path) + " --help";
      assertThat(help.lines()).as(name).allSatisfy(line ->
          assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(WIDTH));
      // A line break inside a word ("https://ias.", "example.com") splits one word into two.
      assertThat(words(help)).as(name).containsExactlyElementsOf(words(unwrapped(path)));
    }
  }

  @Test
  void aMistypedCommandGetsTheClosestCommandOnTheSameLine() {
    assertThat(cli.run("lokc")).isEqualTo(2);
    assertThat(cli.err.lines()).singleElement().asString()
        .contains("unknown argument 'lokc'", "; did you mean 'lock'");
    assertThat(cli.run("lock", "--departmnet", "R&D")).isEqualTo(2);
    assertThat(cli.err.lines()).singleElement().asString().contains("'--department'");
    assertThat(cli.sent).isEmpty();
  }

  @Test
  void theCommandListNamesEveryCommandIncludingGenerateCompletion() {
    assertThat(cli.run()).isEqualTo(2);
    assertThat(cli.err).contains("generate-completion, lock, unlock, fake-server, demo, schedule");
    assertThat(cli.run("--help")).isZero();
    assertThat(cli.out).containsPattern("(?m)^  generate-completion +Generate bash/zsh completion");
  }

  @Test
  void lockAndUnlockHelpListTheExitCodes() {
    for (String command : List.of("lock", "unlock")) {
      assertThat(cli.run(command, "--help")).isZero();
      assertThat(cli.out).as(command).contains("Exit codes:")
          .containsPattern("(?m)^  0 +success$")
          .containsPattern("(?m)^  3 +authentication failed \\(HTTP 401\\)$")
          .containsPattern("(?m)^  6 +server error, timeout or unreachable after retries$")
          .containsPattern("(?m)^  7 +schedule run: audit log or state file could not be written");
    }
  }
}
