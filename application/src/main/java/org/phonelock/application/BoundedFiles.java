package org.phonelock.application;

import java.io.FileInputStream;
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
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
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
   * A password line's cap: the password's and its line break's ({@code \r\n}), which is not
   * part of it, so that a 4 KiB password is taken from a file or stdin as from the variable.
   */
  private static final int LINE_BYTES = PASSWORD_BYTES + 2;
  /**
   * How long a password stream (standard input, or a password file that is not a regular file:
   * a FIFO such as {@code <(pass show x)}, a device) may take to give its first line: a FIFO
   * nobody writes to would otherwise be waited on forever.
   */
  public static final Duration NON_REGULAR_WAIT = Duration.ofSeconds(10);
  /** The cap of a YAML file: profiles or a schedule. */
  public static final int YAML_BYTES = 1024 * 1024;

  private BoundedFiles() {}

  /**
   * Reads a password from a file as strict UTF-8 text, dropping a leading byte order mark
   * (Windows editors write one): a regular file whole; a FIFO (a password may come from {@code
   * <(pass show x)}) or device as {@link #readPassword(InputStream, String, Duration)} reads a
   * stream, within {@link #NON_REGULAR_WAIT}.
   *
   * @param source names the input in messages, e.g. {@code --password-file /etc/pw}
   * @throws RefusedFileException naming {@code source} when the file is missing, unreadable, a
   *     directory, larger than {@link #PASSWORD_BYTES}, not UTF-8, or not a regular file and
   *     gives no line in time
   */
  public static String readPassword(Path file, String source) {
    return readPassword(file, source, NON_REGULAR_WAIT);
  }

  /**
   * Reads a password file as {@link #readPassword(Path, String)} does, waiting at most {@code
   * wait} for a file that is not a regular file. Opening a FIFO blocks until a writer opens it,
   * and neither that nor a read can be interrupted, so such a file is read on a daemon thread
   * that is left behind, never waited for, when the time is up.
   *
   * @param wait how long a FIFO or device may take to give its first line
   */
  public static String readPassword(Path file, String source, Duration wait) {
    if (Files.isDirectory(file)) {
      throw new RefusedFileException(source, "is a directory; give a file");
    }
    if (Files.isRegularFile(file) || !Files.exists(file)) {
      return readNow(() -> Files.newInputStream(file), source,
          in -> read(in, LINE_BYTES, source));
    }
    AtomicInteger received = new AtomicInteger();
    AtomicReference<InputStream> opened = new AtomicReference<>();
    // A FileInputStream, not Files.newInputStream: only it tells what a pipe has available().
    return onDaemonThread("phonelock-read " + file.getFileName(),
        () -> readNow(() -> {
          opened.set(new FileInputStream(file.toFile()));
          return opened.get();
        }, source, in -> firstLine(in, source, received)),
        // FileInputStream.available() takes no lock: bytes given but not read yet count too.
        () -> received.get() + waiting(opened.get()), source, wait);
  }

  /**
   * Reads a password from a stream ({@code --password-stdin}) as strict UTF-8 text, dropping a
   * leading byte order mark: up to and including its first line break, or to its end, whichever
   * comes first. A writer that keeps the pipe open after the line ({@code (echo pw; sleep 50) |})
   * is not waited for, and one that gives no line is given up after {@code wait}: the stream is
   * read on a daemon thread that is left behind, as a blocked read cannot be interrupted.
   *
   * @param in the stream; not closed
   * @param wait how long the stream may take to give its first line (or end)
   * @throws RefusedFileException naming {@code source} when the stream is larger than {@link
   *     #PASSWORD_BYTES}, cannot be read, is not UTF-8, or gives no line in time
   */
  public static String readPassword(InputStream in, String source, Duration wait) {
    AtomicInteger received = new AtomicInteger();
    return onDaemonThread("phonelock-read stdin", () -> {
      try {
        return utf8(firstLine(in, source, received), source);
      } catch (IOException e) {
        throw new RefusedFileException(source, "cannot be read (" + e.getClass().getSimpleName()
            + ")");
      }
    // Only the bytes read count here: available() on System.in (a BufferedInputStream) waits
    // for the lock its blocked reader holds, so asking it would hang the caller too.
    }, received::get, source, wait);
  }

  /** Reads a stream as {@link #readPassword(InputStream, String, Duration)} does. */
  public static String readPassword(InputStream in, String source) {
    return readPassword(in, source, NON_REGULAR_WAIT);
  }

  /**
   * @param given the bytes the stream gave by now, read or waiting to be read: counting those
   *     still waiting tells "part of a line" from "nothing" however late the reader thread ran
   */
  private static String onDaemonThread(String name, Callable<String> read, IntSupplier given,
      String source, Duration wait) {
    FutureTask<String> task = new FutureTask<>(read);
    Thread reader = new Thread(task, name);
    reader.setDaemon(true);
    reader.start();
    try {
      return task.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new RefusedFileException(source, given.getAsInt() == 0
          ? "gave no data within " + describe(wait) + "; check that the command writing it runs,"
              + " or give a regular file"
          : "gave no complete line within " + describe(wait) + "; end the password with a line"
              + " break or close the stream");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException refused) {
        throw refused;
      }
      throw (Error) e.getCause(); // the readers throw no checked exception
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RefusedFileException(source, "was not read: interrupted");
    }
  }

  /**
   * The first line of a password stream, its line break included, or all of it when it ends
   * first; {@code received} counts the bytes so far, so that a timeout can tell "nothing" from
   * "part of a line".
   */
  private static byte[] firstLine(InputStream in, String source, AtomicInteger received)
      throws IOException {
    // One byte more than the cap tells "exactly at the cap" from "larger", without reading on.
    byte[] bytes = new byte[LINE_BYTES + 1];
    int length = 0;
    boolean lineEnded = false;
    while (!lineEnded && length < bytes.length) {
      int read = in.read(bytes, length, bytes.length - length);
      if (read < 0) {
        break;
      }
      for (int i = length; i < length + read; i++) {
        lineEnded |= bytes[i] == '\n';
      }
      length += read;
      received.set(length);
    }
    // What already came after the line break is kept, without waiting for more: a second line
    // written with the first must still be refused (Credentials.passwordLine), not dropped.
    int more;
    while (lineEnded && (more = Math.min(in.available(), bytes.length - length)) > 0) {
      int read = in.read(bytes, length, more);
      if (read < 0) {
        break;
      }
      length += read;
    }
    if (length > LINE_BYTES) {
      throw larger(PASSWORD_BYTES, source);
    }
    return Arrays.copyOf(bytes, length);
  }

  /** What a stream has ready to read; 0 when unopened or unknown. */
  private static int waiting(InputStream in) {
    try {
      return in == null ? 0 : in.available();
    } catch (IOException e) {
      return 0;
    }
  }

  private interface Opening {
    InputStream open() throws IOException;
  }

  private interface Reading {
    byte[] from(InputStream in) throws IOException;
  }

  private static String readNow(Opening opening, String source, Reading reading) {
    try (InputStream in = opening.open()) {
      return utf8(reading.from(in), source);
    } catch (NoSuchFileException e) {
      throw new RefusedFileException(source, "no such file");
    } catch (IOException e) {
      throw new RefusedFileException(source, "cannot be read (" + e.getClass().getSimpleName()
          + "); check that it is a readable file");
    }
  }

  /**
   * Reads a file that must be a regular file (a YAML file, a state file) as strict UTF-8 text,
   * dropping a leading byte order mark (Windows editors write one), after {@link
   * #requireRegularFile}.
   *
   * @param source names the file in messages, e.g. {@code state file /var/lib/x.json}
   * @throws RefusedFileException naming {@code source} when the file is missing, unreadable, not
   *     a regular file, larger than {@code cap} bytes or not UTF-8
   */
  public static String readRegularUtf8(Path file, int cap, String source) {
    requireRegularFile(file, source);
    return readNow(() -> Files.newInputStream(file), source, in -> read(in, cap, source));
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

  private static byte[] read(InputStream in, int cap, String source) throws IOException {
    // One byte more than the cap tells "exactly at the cap" from "larger", without reading on.
    byte[] bytes = in.readNBytes(cap + 1);
    if (bytes.length > cap) {
      throw larger(cap, source);
    }
    return bytes;
  }

  private static RefusedFileException larger(int cap, String source) {
    return new RefusedFileException(source, "is larger than " + describe(cap) + ", the most"
        + " accepted; give the right file");
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
