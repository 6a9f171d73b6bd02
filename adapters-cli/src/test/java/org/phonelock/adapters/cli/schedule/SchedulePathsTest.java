package org.phonelock.adapters.cli.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a schedule's records live when no flag says. */
class SchedulePathsTest {
  @TempDir Path directory;

  @Test
  void defaultLocationsAreNextToTheScheduleFile() {
    Path schedule = directory.resolve("night.yaml");
    assertThat(SchedulePaths.defaultState(schedule)).isEqualTo(
        directory.resolve("night.state.json"));
    assertThat(SchedulePaths.defaultAuditLog(schedule)).isEqualTo(
        directory.resolve("night.audit.jsonl"));
    assertThat(SchedulePaths.stem(Path.of("a.b.yml"))).isEqualTo("a.b");
    assertThat(SchedulePaths.stem(Path.of("schedule"))).isEqualTo("schedule");
    assertThat(SchedulePaths.stem(Path.of(".yaml"))).isEqualTo(".yaml");
  }
}
