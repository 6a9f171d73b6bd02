package org.phonelock.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bash completion script of {@code phonelock generate-completion} (README, "Shell
 * completion"), run by bash itself: what it offers for a command line is bash's COMPREPLY.
 */
class CompletionScriptTest {
  @TempDir Path folder;
  private Path script;

  @BeforeEach
  void generate() throws IOException {
    CliHarness cli = new CliHarness();
    assertThat(cli.run("generate-completion")).isZero();
    script = folder.resolve("phonelock.bash");
    Files.writeString(script, cli.out, StandardCharsets.UTF_8);
  }

  /** What bash offers when the cursor is at the end of {@code words}, the last one being typed. */
  private List<String> complete(String... words) throws Exception {
    StringBuilder array = new StringBuilder();
    for (String word : words) {
      array.append(" '").append(word).append('\'');
    }
    String line = String.join(" ", words);
    String program = "source \"$1\"\n"
        + "COMP_WORDS=(" + array + ")\n"
        + "COMP_CWORD=" + (words.length - 1) + "\n"
        + "COMP_LINE='" + line + "'\n"
        + "COMP_POINT=${#COMP_LINE}\n"
        + "_complete_phonelock\n"
        + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
    Process bash = new ProcessBuilder("bash", "-c", program, "bash", script.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start(); // compopt complains outside completion
    bash.getOutputStream().close();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor(60, TimeUnit.SECONDS)).as("bash finished").isTrue();
    assertThat(bash.exitValue()).as(out).isZero();
    return out.lines().filter(l -> !l.isEmpty()).map(String::strip).toList();
  }

  @Test
  void outputOffersTheFormatsAsTheyAreTyped() throws Exception {
    assertThat(complete("phonelock", "lock", "--output", "")).containsExactly("text", "json");
    assertThat(complete("phonelock", "unlock", "--output", "j")).containsExactly("json");
  }

  @Test
  void exportFormatOffersTheFormats() throws Exception {
    assertThat(complete("phonelock", "schedule", "export", "night.yaml", "--format", ""))
        .containsExactly("systemd", "cron", "windows-task");
    assertThat(complete("phonelock", "schedule", "export", "night.yaml", "--format", "win"))
        .containsExactly("windows-task");
  }

  @Test
  void noInsecureIsOffered() throws Exception {
    assertThat(complete("phonelock", "lock", "--no-")).contains("--no-insecure");
    assertThat(complete("phonelock", "schedule", "run", "night.yaml", "--no-"))
        .contains("--no-insecure", "--no-catch-up");
  }
}
