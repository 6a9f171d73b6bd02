package org.phonelock.adapters.cli.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's {@code schedule next} sample is what the command prints for the README's own
 * schedule file ("The schedule file") with the {@code --from} the sample shows.
 */
class ReadmeScheduleNextTest {
  private static final Pattern SCHEDULE_FILE =
      Pattern.compile("### The schedule file\\n.*?```yaml\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern NEXT_SAMPLE =
      Pattern.compile("```\\n\\$ phonelock (schedule next night\\.yaml[^\\n]*)\\n(.*?)```",
          Pattern.DOTALL);

  @TempDir Path directory;

  @Test
  void theSampleIsWhatScheduleNextPrintsForTheReadmesScheduleFile() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher yaml = SCHEDULE_FILE.matcher(readme);
    Matcher sample = NEXT_SAMPLE.matcher(readme);
    assertThat(yaml.find()).as("the schedule file block of README.md").isTrue();
    assertThat(sample.find()).as("the schedule next sample of README.md").isTrue();
    Path file = ScheduleFiles.write(directory, "night.yaml", yaml.group(1));
    List<String> args = new ArrayList<>(Arrays.asList(sample.group(1).split(" ")));
    args.set(args.indexOf("night.yaml"), file.toString());

    // A clock far from the sample's --from: the listing must depend on --from alone.
    SimulatedClock clock = new SimulatedClock(Instant.parse("2031-01-01T00:00:00Z"));
    ScheduleCli cli = new ScheduleCli(new RecordingClients(clock), clock,
        () -> clock.loopUntil(clock.instant()));
    assertThat(cli.run(args.toArray(String[]::new))).as(cli.err).isZero();
    assertThat(cli.out).isEqualTo(sample.group(2));
  }
}
