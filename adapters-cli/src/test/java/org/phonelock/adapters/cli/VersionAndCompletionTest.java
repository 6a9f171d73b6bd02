package org.phonelock.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code phonelock --version} names the version and the commit of the build (README,
 * "Using the CLI"); {@code phonelock generate-completion} prints the bash/zsh completion script.
 */
class VersionAndCompletionTest {
  private final CliHarness cli = new CliHarness();

  @Test
  void versionIsThePomVersionAndTheGitCommitOfTheBuild() {
    String version = System.getProperty("phonelock.expected.version");
    String commit = System.getProperty("phonelock.expected.commit");
    assertThat(version).as("set by the adapters-cli pom").matches("\\d+\\.\\d+\\.\\d+\\S*");
    assertThat(commit).as("set by buildnumber-maven-plugin").matches("[0-9a-f]{12}|unknown");
    assertThat(cli.run("--version")).isZero();
    assertThat(cli.out.strip()).isEqualTo("phonelock " + version + " (commit " + commit + ")");
  }

  @Test
  void generateCompletionPrintsABashScriptThatCompletesTheSubcommands() {
    assertThat(cli.run("generate-completion")).isZero();
    assertThat(cli.out)
        .startsWith("#!/usr/bin/env bash")
        .contains("function _complete_phonelock()", "complete -F _complete_phonelock",
            "bashcompinit", "lock", "unlock", "--department", "--profile");
  }
}
