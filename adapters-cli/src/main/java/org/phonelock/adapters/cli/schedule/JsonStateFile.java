package org.phonelock.adapters.cli.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.phonelock.adapters.cli.InvalidInputException;
import org.phonelock.application.schedule.JobSuccess;
import org.phonelock.application.schedule.ScheduleStateStore;

/**
 * The state store in a JSON file: {@code {"jobs": {"NAME": {"definition": "...", "firing":
 * "2026-06-10T17:00:00Z", "appliedAt": "..."}}}}. Read once when opened; each change rewrites the
 * whole file through a temporary file and an atomic rename, so a crash leaves the old or the new
 * state, never half of one.
 */
public final class JsonStateFile implements ScheduleStateStore {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Map<String, JobSuccess> successes = new LinkedHashMap<>();

  private JsonStateFile(Path file) {
    this.file = file;
  }

  /**
   * Opens a state file; a missing file is an empty state.
   *
   * @param file the file; its directory must exist when a success is recorded
   * @return the store
   * @throws InvalidInputException when the file exists but cannot be read or is not a state
   *     file; the message says how to start afresh
   */
  public static JsonStateFile open(Path file) {
    JsonStateFile state = new JsonStateFile(file);
    try {
      JsonNode jobs = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)).path("jobs");
      for (Map.Entry<String, JsonNode> job : jobs.properties()) {
        JsonNode value = job.getValue();
        state.successes.put(job.getKey(), new JobSuccess(job.getKey(),
            value.path("definition").asText(), Instant.parse(value.path("firing").asText()),
            Instant.parse(value.path("appliedAt").asText())));
      }
    } catch (NoSuchFileException e) {
      return state;
    } catch (IOException | DateTimeParseException e) {
      throw new InvalidInputException("state file " + file + " is not a phonelock state file ("
          + e.getClass().getSimpleName() + "); move it away to start afresh (the next run then"
          + " catches up from the schedule)");
    }
    return state;
  }

  @Override
  public Optional<JobSuccess> lastSuccess(String job) {
    return Optional.ofNullable(successes.get(job));
  }

  @Override
  public void recordSuccess(JobSuccess success) {
    successes.put(success.job(), success);
    write();
  }

  @Override
  public void forgetSuccess(String job) {
    if (successes.remove(job) != null) {
      write();
    }
  }

  private void write() {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode jobs = root.putObject("jobs");
    successes.forEach((name, success) -> {
      ObjectNode job = jobs.putObject(name);
      job.put("definition", success.definition());
      job.put("firing", success.firing().toString());
      job.put("appliedAt", success.appliedAt().toString());
    });
    try {
      Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root)
          + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the state file " + file + ": "
          + e.getClass().getSimpleName() + " " + e.getMessage(), e);
    }
  }
}
