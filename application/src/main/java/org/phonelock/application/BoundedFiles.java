package org.phonelock.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.phonelock.application.port.out.RefusedFileException;
import org.phonelock.domain.Credentials;

/**
 * The one rule for reading what phonelock is given as a file or stream (passwords, profiles,
 * schedule files, state files): a size cap checked before anything is parsed, strict UTF-8, and
 * for its own files a regular file, checked before it is opened (opening a FIFO with no writer
 * waits forever; {@code /dev/zero} never ends). So a wrong path or a mistaken multi-gigabyte file
 * ends in one line, {@code SOURCE: REASON}, instead of an OutOfMemoryError, a hang or a parser
 * that works for minutes. The caps are far above any real input.
 */
public final class BoundedFiles {
  /** The cap of a password file or of {@code --password-stdin}: the domain's password cap. */
  public static final int PASSWORD_BYTES = Credentials.PASSWORD_BYTES;
  /**
   * How long a file that is not a regular file (a FIFO such as {@code <(pass show x)}, a device)
   * may take to give all its data: a FIFO nobody writes to would otherwise be waited on forever.
   */
  public static final Duration NON_REGULAR_WAIT = Duration.ofSeconds(10);
  /** The cap of a YAML file: profiles or a schedule. */
  public static final int YAML_BYTES = 1024 * 1024;

  private BoundedFiles() {}

  /**
   * Reads a file as strict UTF-8 text, dropping a leading byte order mark (Windows editors write
   * one). A FIFO is read (a password may come from {@code <(pass show x)}), within {@link
   * #NON_REGULAR_WAIT}.
   *
   * @param source names the input in messages, e.g. {@code --password-file /etc/pw}
   * @throws RefusedFileException naming {@code source} when the file is missing, unreadable, a
   *     directory, larger than {@code cap} bytes, not UTF-8, or not a regular file and gives no
   *     data in time
   */
  public static String readUtf8(Path file, int cap, String source) {
    return readUtf8(file, cap, source, NON_REGULAR_WAIT);
  }

  /**
   * Reads a file as {@link #readUtf8(Path, int, String)} does, waiting at most {@code wait} for a
   * file that is not a regular file. Opening a FIFO blocks until a writer opens it and reading
   * blocks until the writer closes it, and neither can be interrupted, so such a file is read on
   * a daemon thread that is left behind, never waited for, when the time is up.
   *
   * @param wait how long a FIFO or device may take to give all its data
   */
  public static String readUtf8(Path file, int cap, String source, Duration wait) {
    if (Files.isDirectory(file)) {
      throw new RefusedFileException(source, "is a directory; give a file");
    }
    if (Files.isRegularFile(file) || !Files.exists(file)) {
      return readNow(file, cap, source);
    }
    FutureTask<String> read = new FutureTask<>(() -> readNow(file, cap, source));
    Thread reader = new Thread(read, "phonelock-read " + file.getFileName());
    reader.setDaemon(true);
    reader.start();
    try {
      return read.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new RefusedFileException(source, "gave no data within " + describe(wait) + "; check"
          + " that the command writing it runs, or give a regular file");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException refused) {
        throw refused;
      }
      throw (Error) e.getCause(); // readNow throws no checked exception
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RefusedFileException(source, "was not read: interrupted");
    }
  }

  private static String readNow(Path file, int cap, String source) {
    try (InputStream in = Files.newInputStream(file)) {
      return utf8(read(in, cap, source), source);
    } catch (NoSuchFileException e) {
      throw new RefusedFileException(source, "no such file");
    } catch (IOException e) {
      throw new RefusedFileException(source, "cannot be read (" + e.getClass().getSimpleName()
          + "); check that it is a readable file");
    }
  }

  /**
   * Reads a file that must be a regular file (a YAML file, a state file) as {@link
   * #readUtf8(Path, int, String)} does, after {@link #requireRegularFile}.
   */
  public static String readRegularUtf8(Path file, int cap, String source) {
    requireRegularFile(file, source);
    return readUtf8(file, cap, source);
  }

  /**
   * The rule for every file phonelock keeps or reads as a file of its own (profiles, schedules,
   * state files, audit logs, metrics files): when it exists, it is a regular file (or a link to
   * one). Password files are exempt: {@code --password-file <(pass show x)} is a FIFO.
   *
   * @param source names the file in messages, e.g. {@code --audit-log /dev/zero}
   * @throws RefusedFileException when the file exists and is a directory, FIFO, socket or
   *     device; a missing file passes
   */
  public static void requireRegularFile(Path file, String source) {
    if (Files.isDirectory(file)) {
      throw new RefusedFileException(source, "is a directory; give a file");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new RefusedFileException(source, "is not a regular file (a FIFO, socket or device);"
          + " give a file");
    }
  }

  /**
   * Reads a stream as strict UTF-8 text, as {@link #readUtf8(Path, int, String)}.
   *
   * @param in the stream; not closed
   * @throws RefusedFileException naming {@code source} when the stream is larger than {@code
   *     cap} bytes, cannot be read or is not UTF-8
   */
  public static String readUtf8(InputStream in, int cap, String source) {
    try {
      return utf8(read(in, cap, source), source);
    } catch (IOException e) {
      throw new RefusedFileException(source, "cannot be read (" + e.getClass().getSimpleName()
          + ")");
    }
  }

  private static byte[] read(InputStream in, int cap, String source) throws IOException {
    // One byte more than the cap tells "exactly at the cap" from "larger", without reading on.
    byte[] bytes = in.readNBytes(cap + 1);
    if (bytes.length > cap) {
      throw new RefusedFileException(source, "is larger than " + describe(cap) + ", the most"
          + " accepted; give the right file");
    }
    return bytes;
  }

  private static String utf8(byte[] bytes, String source) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new RefusedFileException(source, "is not valid UTF-8; save it as UTF-8");
    }
  }

  private static String describe(Duration wait) {
    return wait.toMillis() % 1000 == 0 ? wait.toSeconds() + " s" : wait.toMillis() + " ms";
  }

  private static String describe(int bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes / 1024 + " KiB";
  }
}
