package org.phonelock.adapters.cli.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.phonelock.domain.FilterField;

/**
 * The schedule file parser on arbitrary text: it never throws, every problem has a line, filter
 * values come back exactly as written, and a password never shows in a problem.
 */
class ScheduleFilePropertiesTest {
  private static Path directory;

  @BeforeContainer
  static void createDirectory() throws Exception {
    directory = Files.createTempDirectory("schedule-properties");
  }

  @AfterContainer
  static void deleteDirectory() throws Exception {
    try (var files = Files.list(directory)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(directory);
  }

  @Provide
  Arbitrary<String> yamlish() {
    return Arbitraries.strings().withChars("abcjobsnamectiromez:-{}[],'\"\n #&*!|>%@`\t0123456789")
        .ofMaxLength(200);
  }

  @Property(tries = 1000)
  void anyTextGivesAScheduleOrProblemsWithLines(@ForAll("yamlish") String text) {
    ScheduleFileParser.Result result =
        ScheduleFileParser.parse(ScheduleFiles.write(directory, "any.yaml", text));
    assertThat(result.file().isPresent()).isNotEqualTo(!result.problems().isEmpty());
    assertThat(result.problems()).allSatisfy(p -> {
      assertThat(p.line()).isPositive();
      assertThat(p.message()).isNotBlank();
    });
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30)
        .filter(s -> s.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE))
        .filter(s -> s.chars().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF));
  }

  @Property(tries = 1000)
  void filterValuesComeBackExactlyAsWritten(@ForAll("values") String value) {
    // A blank or invisible value is refused (api-contract.md, "Filters"), tested elsewhere.
    net.jqwik.api.Assume.that(!org.phonelock.domain.Text.isBlankOrInvisible(value));
    String text = ScheduleFiles.ISSUE_EXAMPLE.replace("SERVER", "https://ias.example.com")
        .replace("USER", "svc").replace("\"R&D\" }", doubleQuoted(value) + " }");
    ScheduleFile file = ScheduleFileParser.parse(ScheduleFiles.write(directory, "value.yaml",
        text)).file().orElseThrow();
    assertThat(file.schedule().jobs().get(0).filter().value(FilterField.DEPARTMENT))
        .contains(value);
  }

  @Property(tries = 500)
  void aPasswordNeverAppearsInAProblem(@ForAll("yamlish") String garbage,
      @ForAll("values") String secret) {
    String password = "PW-" + secret;
    String text = "timezone: UTC\npassword: " + doubleQuoted(password) + "\n" + garbage;
    ScheduleFileParser.Result shared = ScheduleFileParser.parse(
        ScheduleFiles.write(directory, "secret.yaml", text, "rw-r--r--"));
    assertThat(shared.problems()).isNotEmpty()
        .allSatisfy(p -> assertThat(p.message()).doesNotContain(password));
  }

  /** A YAML double-quoted scalar holding exactly {@code value}. */
  private static String doubleQuoted(String value) {
    StringBuilder quoted = new StringBuilder("\"");
    value.codePoints().forEach(c -> {
      if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
        quoted.appendCodePoint(c);
      } else {
        quoted.append(String.format("\\U%08x", c));
      }
    });
    return quoted.append('"').toString();
  }
}
