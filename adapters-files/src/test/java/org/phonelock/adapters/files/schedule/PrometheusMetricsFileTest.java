package org.phonelock.adapters.files.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.application.port.out.AttemptHistory;
import org.phonelock.application.port.out.CronRule;
import org.phonelock.application.port.out.RefusedFileException;
import org.phonelock.application.port.out.ScheduleMetrics;
import org.phonelock.application.port.out.ScheduleStateStore;
import org.phonelock.application.schedule.FiringHistory;
import org.phonelock.application.schedule.JobSuccess;
import org.phonelock.application.schedule.Schedule;
import org.phonelock.application.schedule.ScheduleJob;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;

/** The metrics file alone: which files it replaces, what it writes, and a write that fails. */
class PrometheusMetricsFileTest {
  private static final String SERVER = "https://milan.example.com";
  private static final Instant NOW = Instant.parse("2026-06-10T18:00:00Z"); // 20:00 in Rome
  private static final AttemptHistory NO_ATTEMPTS = (job, server, firing) -> FiringHistory.NONE;

  @TempDir Path directory;

  /** Fires every day at 19:00, the schedule's wall clock. */
  private static final CronRule AT_19 = new CronRule() {
    @Override
    public Optional<LocalDateTime> nextMatchAfter(LocalDateTime after) {
      LocalDateTime today = after.toLocalDate().atTime(19, 0);
      return Optional.of(today.isAfter(after) ? today : today.plusDays(1));
    }

    @Override
    public String expression() {
      return "0 19 * * *";
    }
  };

  private static final ScheduleJob NIGHT = new ScheduleJob("rd-night", PhoneLockAction.LOCK,
      PhoneLockCommand.matching(Filter.builder().put("department", "R&D").build()), AT_19,
      ImmutableList.of());
  private static final Schedule SCHEDULE =
      new Schedule(ZoneId.of("Europe/Rome"), ImmutableList.of(NIGHT));

  @Test
  void aMissingOrEmptyFileOrOnePhonelockWroteMayBeReplaced() throws Exception {
    Path metrics = directory.resolve("night.prom");
    PrometheusMetricsFile.FILES.checkReplaceable(metrics);
    Files.createFile(metrics);
    PrometheusMetricsFile.FILES.checkReplaceable(metrics);
    open(metrics, new ArrayList<>()).write();
    assertThat(Files.readString(metrics)).startsWith(PrometheusMetricsFile.FIRST_LINE);
    PrometheusMetricsFile.FILES.checkReplaceable(metrics);
  }

  @Test
  void anotherFileIsRefusedAndKept() throws Exception {
    Path other = Files.writeString(directory.resolve("notes.prom"), "my notes\n");
    assertThatThrownBy(() -> PrometheusMetricsFile.FILES.checkReplaceable(other))
        .isInstanceOf(RefusedFileException.class)
        .hasMessage("--metrics-file " + other + ": the file exists and is not a phonelock"
            + " metrics file (its first line is not '# HELP"
            + " phonelock_heartbeat_timestamp_seconds ...'), so it is not replaced; give a new"
            + " file, or remove this one first");
    assertThat(Files.readString(other)).isEqualTo("my notes\n");
  }

  @Test
  void eachJobAndServerHasItsSamplesAndTheHeartbeatIsNow() throws Exception {
    Path metrics = directory.resolve("night.prom");
    Instant firing = Instant.parse("2026-06-10T17:00:00Z");
    ScheduleStateStore state = JsonStateFile.open(directory.resolve("night.state.json"))
        .forServer(SERVER, true);
    state.recordSuccess(new JobSuccess("rd-night", NIGHT.definition(), firing,
        firing.plusSeconds(2)));
    open(metrics, new ArrayList<>(), state).write();
    String labels = "{job=\"rd-night\",action=\"lock\",server=\"" + SERVER + "\"}";
    assertThat(Files.readString(metrics)).contains(
        "phonelock_heartbeat_timestamp_seconds " + NOW.getEpochSecond() + "\n",
        "phonelock_job_last_applied_firing_timestamp_seconds" + labels + " "
            + firing.getEpochSecond() + "\n",
        "phonelock_job_latest_due_firing_timestamp_seconds" + labels + " "
            + firing.getEpochSecond() + "\n",
        "phonelock_job_outcome{job=\"rd-night\",action=\"lock\",server=\"" + SERVER
            + "\",outcome=\"applied\"} 1\n",
        "phonelock_job_up_to_date" + labels + " 1\n");
  }

  @Test
  void aWriteThatFailsWarnsOnceAndNeverThrows() {
    Path metrics = directory.resolve("gone/night.prom");
    List<String> warnings = new ArrayList<>();
    ScheduleMetrics file = open(metrics, warnings);
    file.write();
    file.write();
    assertThat(warnings).singleElement().asString()
        .startsWith("phonelock schedule: warning: cannot write the metrics file " + metrics)
        .endsWith("; the schedule goes on");
  }

  private ScheduleMetrics open(Path metrics, List<String> warnings) {
    return open(metrics, warnings, JsonStateFile.open(directory.resolve("night.state.json"))
        .forServer(SERVER, true));
  }

  private static ScheduleMetrics open(Path metrics, List<String> warnings,
      ScheduleStateStore state) {
    return PrometheusMetricsFile.FILES.open(metrics, SCHEDULE,
        List.of(new ScheduleMetrics.Server(SERVER, state)), NO_ATTEMPTS,
        Clock.fixed(NOW, ZoneOffset.UTC), warnings::add);
  }
}
