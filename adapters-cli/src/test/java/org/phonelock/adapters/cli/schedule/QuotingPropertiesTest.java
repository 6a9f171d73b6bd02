package org.phonelock.adapters.cli.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Quoted paths reach the program unchanged; checked against a real POSIX shell. */
class QuotingPropertiesTest {
  @Provide
  Arbitrary<String> paths() {
    return Arbitraries.strings().withChars("/ 'a\"$`\\%*?;&|<>()~#!\t=é")
        .ofMinLength(1).ofMaxLength(20);
  }

  @Property(tries = 150)
  void aShellWordIsReadBackAsTheSameArgument(@ForAll("paths") String path) throws Exception {
    Process shell = new ProcessBuilder("/bin/sh", "-c", "printf '%s' " + Quoting.shell(path))
        .redirectErrorStream(true).start();
    String echoed = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(shell.waitFor()).isZero();
    assertThat(echoed).isEqualTo(path);
  }

  /**
   * What cron hands to the shell (cronie, src/do_command.c): {@code %} not escaped by a
   * backslash ends the command; a backslash escapes the next character, and before {@code %}
   * it is dropped.
   */
  private static String asCronRunsIt(String line) {
    StringBuilder command = new StringBuilder();
    boolean escaped = false;
    for (char c : line.toCharArray()) {
      if (escaped) {
        if (c == '%') {
          command.setLength(command.length() - 1);
        }
        command.append(c);
        escaped = false;
        continue;
      }
      if (c == '%') {
        break;
      }
      escaped = c == '\\';
      command.append(c);
    }
    return command.toString();
  }

  @Example
  void aCronWordIsReadBackAsTheSameArgumentEvenWithABackslashBeforeAPercent() throws Exception {
    for (String path : List.of("/srv/100% done", "/srv/a\\%b", "/srv/a\\\\%b", "/srv/%\\%")) {
      Process shell = new ProcessBuilder("/bin/sh", "-c",
          asCronRunsIt("printf '\\%s' " + Quoting.cron(path)))
          .redirectErrorStream(true).start();
      String echoed = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(shell.waitFor()).isZero();
      assertThat(echoed).as(Quoting.cron(path)).isEqualTo(path);
    }
  }

  @Example
  void schedulerSpecificEscapes() {
    assertThat(Quoting.shell("/etc/phonelock/night.yaml")).isEqualTo("/etc/phonelock/night.yaml");
    assertThat(Quoting.cron("/srv/100% done")).isEqualTo("'/srv/100\\% done'");
    assertThat(Quoting.systemd("/srv/a b/$HOME%")).isEqualTo("\"/srv/a b/$$HOME%%\"");
    assertThat(Quoting.systemd("/srv/q\"uote\\")).isEqualTo("\"/srv/q\\\"uote\\\\\"");
    assertThat(Quoting.windows("C:\\phonelock\\night.yaml")).isEqualTo("C:\\phonelock\\night.yaml");
    assertThat(Quoting.windows("C:\\Program Files\\x\\")).isEqualTo("\"C:\\Program Files\\x\\\\\"");
    assertThat(Quoting.join(List.of("a b", "c"), Quoting::windows)).isEqualTo("\"a b\" c");
  }
}
