package org.phonelock.adapters.cli.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Extreme times and numbers are refused on one line (exit 2; status: UNKNOWN, 3), never an
 * internal error: {@code --from} at java.time's own limits, {@code --grace} beyond an int.
 */
class DateAndNumberLimitsTest {
  @TempDir Path directory;
  private ScheduleCli cli;
  private Path file;

  @BeforeEach
  void setUp() {
    cli = ScheduleCli.wednesdayMorning();
    file = ScheduleFiles.write(directory, "f.yaml",
        ScheduleFiles.issueExample("https://ias.example.com", "svc"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"+999999999-12-31T23:59Z", "+999999999-12-31T23:59+18:00",
      "-999999999-01-01T00:00-18:00", "+999999999-12-31T23:59", "+999999999-12-31",
      "-999999999-01-01", "+999999999-12-31T23:59Z[Europe/Rome]", "+10000-01-01T00:00Z"})
  void fromAtTheLimitsOfJavaTimeIsRefusedLikeAnyYearBeyond9999(String from) {
    assertThat(cli.run("schedule", "next", file.toString(), "--from", from, "--count", "3"))
        .as(cli.err).isEqualTo(2);
    assertThat(cli.out).isEmpty();
    assertThat(cli.err.strip()).doesNotContain("\n").doesNotContain("internal error")
        .startsWith("phonelock schedule next: --from '" + from + "' is not accepted; expected");
  }

  @ParameterizedTest
  @ValueSource(strings = {"99999999999", "99999999999999999999999", "525601", "-1", "soon"})
  void graceOutOfRangeIsOneUnknownLine(String grace) {
    assertThat(cli.run("schedule", "status", file.toString(), "--grace", grace)).isEqualTo(3);
    assertThat(cli.out).isEqualTo("PHONELOCK UNKNOWN - --grace must be 0 to 525600 minutes, was "
        + grace + "\n");
    assertThat(cli.err).isEmpty();
  }

  @Test
  void graceAtItsLimitsIsAccepted() {
    assertThat(cli.run("schedule", "status", file.toString(), "--grace", "525600")).isNotEqualTo(3);
    assertThat(cli.run("schedule", "status", file.toString(), "--grace", "0")).isNotEqualTo(3);
  }
}
