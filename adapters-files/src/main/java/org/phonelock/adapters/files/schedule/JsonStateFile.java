package org.phonelock.adapters.files.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.phonelock.adapters.files.AtomicFiles;
import org.phonelock.application.BoundedFiles;
import org.phonelock.application.port.out.RefusedFileException;
import org.phonelock.application.schedule.JobSuccess;
import org.phonelock.application.port.out.ScheduleStateStore;
import org.phonelock.application.schedule.ScheduleJob;

/**
 * The state of a schedule in a JSON file: {@code {"jobs": {"NAME@SERVER": {"definition": "...",
 * "firing": "2026-06-10T17:00:00Z", "appliedAt": "..."}}}}, one entry per job and server (README,
 * "Several servers": each server has its own catch-up and state, so a server that was down is
 * caught up alone). A job name never holds {@code @} ({@link ScheduleJob#NAME_RULE}), so the key is
 * unambiguous. Older versions wrote {@code "NAME"} alone; such an entry still counts for a
 * schedule with one server, and is replaced by the server's entry at its next success.
 *
 * <p>Runs of one schedule (a timer's {@code --once} and one started by hand) share the file, so
 * every read-modify-write holds an exclusive lock on {@code FILE.lock} beside it, and the file is
 * replaced through a temporary file of a unique name and an atomic rename: a crash leaves the old
 * or the new state, never half of one. The lock file is left in place: deleting it would let two
 * runs lock two different files. Each server's part is a {@link ScheduleStateStore} ({@link
 * #forServer}); while one run holds the lock, the threads of that run that work on its servers in
 * parallel all act inside that hold.
 */
public final class JsonStateFile implements ScheduleStateStore.Shared {
  /** Opens state files: {@link #open} and {@link #lockFileOf} as the port's factory. */
  public static final ScheduleStateStore.Factory FILES = new ScheduleStateStore.Factory() {
    @Override
    public ScheduleStateStore.Shared open(Path file) {
      return JsonStateFile.open(file);
    }

    @Override
    public Path lockFile(Path file) {
      return lockFileOf(file);
    }
  };


  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * A file lock belongs to the whole JVM: a second {@link FileChannel#lock()} on the same file
   * from this JVM throws {@link java.nio.channels.OverlappingFileLockException} instead of
   * waiting (see {@link FileLock}), so runs inside one JVM queue here first.
   */
  private static final ConcurrentMap<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

  private final Path file;
  private final Path lockFile;
  /** By key ({@code NAME@SERVER}, or {@code NAME} as older versions wrote); guarded by this. */
  private final Map<String, JobSuccess> successes = new LinkedHashMap<>();
  private volatile boolean held;

  private JsonStateFile(Path file) {
    this.file = file;
    this.lockFile = lockFileOf(file);
  }

  /** The lock file of a state file: {@code FILE.lock} beside it. */
  public static Path lockFileOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".lock");
  }

  /**
   * Opens a state file; a missing file is an empty state.
   *
   * @param file the file; its directory must exist and be writable when the state is locked
   * @throws RefusedFileException when the file exists but cannot be read or is not a state
   *     file; the message says how to start afresh
   */
  public static JsonStateFile open(Path file) {
    JsonStateFile state = new JsonStateFile(file);
    state.load();
    return state;
  }

  @Override
  public ScheduleStateStore forServer(String server, boolean alone) {
    return new ServerState(server, alone);
  }

  private final class ServerState implements ScheduleStateStore {
    private final String server;
    private final boolean alone;

    ServerState(String server, boolean alone) {
      this.server = server;
      this.alone = alone;
    }

    private String key(String job) {
      return job + "@" + server;
    }

    @Override
    public Optional<JobSuccess> lastSuccess(String job) {
      synchronized (JsonStateFile.this) {
        JobSuccess mine = successes.get(key(job));
        return Optional.ofNullable(mine != null || !alone ? mine : successes.get(job));
      }
    }

    @Override
    public void recordSuccess(JobSuccess success) {
      exclusively(() -> {
        synchronized (JsonStateFile.this) {
          successes.put(key(success.job()), success);
          if (alone) {
            successes.remove(success.job());
          }
          write();
        }
        return null;
      });
    }

    @Override
    public void forgetSuccess(String job) {
      exclusively(() -> {
        synchronized (JsonStateFile.this) {
          boolean changed = successes.remove(key(job)) != null;
          changed |= alone && successes.remove(job) != null;
          if (changed) {
            write();
          }
        }
        return null;
      });
    }

    @Override
    public <T> T exclusively(Supplier<T> work) {
      return JsonStateFile.this.exclusively(work);
    }
  }

  /**
   * Runs {@code work} holding the lock file, after reading the state file afresh; waits while
   * another run holds it. While it is held, {@code work} and the threads it waits for act inside
   * the hold: a call from them runs its work at once.
   *
   * @throws UncheckedIOException when the lock file cannot be opened or locked; names it
   */
  private <T> T exclusively(Supplier<T> work) {
    if (held) {
      return work.get();
    }
    ReentrantLock jvm = IN_THIS_JVM.computeIfAbsent(
        lockFile.toAbsolutePath().normalize(), path -> new ReentrantLock());
    jvm.lock();
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      load();
      held = true;
      return work.get();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock the state file " + file + " through " + lockFile
          + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
    } finally {
      held = false;
      jvm.unlock();
    }
  }

  /** The most a state file may hold: one small entry per job and server; far above that. */
  static final int STATE_BYTES = 4 * 1024 * 1024;

  private synchronized void load() {
    successes.clear();
    try {
      if (!Files.exists(file)) {
        return; // No success recorded yet.
      }
      // Capped like every file the CLI reads; the refusal names the file (exit 2).
      String text = BoundedFiles.readRegularUtf8(file, STATE_BYTES, "state file " + file);
      if (text.isBlank()) {
        return; // Nothing recorded in it yet.
      }
      // One JSON value of the shape write() gives: JSON of another shape (another tool's file,
      // an audit log's JSON lines) would otherwise read as an empty state, and every firing would
      // be sent again over it.
      JsonNode jobs = JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .readTree(text).path("jobs");
      if (!jobs.isObject()) {
        throw notAStateFile("no \"jobs\" object");
      }
      for (Map.Entry<String, JsonNode> job : jobs.properties()) {
        JsonNode value = job.getValue();
        if (!value.isObject()) {
          throw notAStateFile("the entry of " + job.getKey() + " is not an object");
        }
        int at = job.getKey().indexOf('@');
        String name = at < 0 ? job.getKey() : job.getKey().substring(0, at);
        successes.put(job.getKey(), new JobSuccess(name,
            value.path("definition").asText(), Instant.parse(value.path("firing").asText()),
            Instant.parse(value.path("appliedAt").asText())));
      }
    } catch (IOException | DateTimeParseException e) {
      throw notAStateFile(e.getClass().getSimpleName());
    }
  }

  private RefusedFileException notAStateFile(String why) {
    return new RefusedFileException("state file " + file + " is not a phonelock state file ("
        + why + "); move it away to start afresh (the next run then catches up from the"
        + " schedule)");
  }

  private synchronized void write() {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode jobs = root.putObject("jobs");
    successes.forEach((key, success) -> {
      ObjectNode job = jobs.putObject(key);
      job.put("definition", success.definition());
      job.put("firing", success.firing().toString());
      job.put("appliedAt", success.appliedAt().toString());
    });
    try {
      byte[] text = (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
          .getBytes(StandardCharsets.UTF_8);
      AtomicFiles.replace(file, text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the state file " + file + ": "
          + e.getClass().getSimpleName() + " " + e.getMessage(), e);
    }
  }
}
