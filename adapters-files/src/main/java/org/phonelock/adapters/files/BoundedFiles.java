package org.phonelock.adapters.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.phonelock.application.port.out.RefusedFileException;

/**
 * Reads the record files with a size cap checked before anything is parsed, and refuses what is
 * not a regular file before opening it (opening a FIFO with no writer waits forever; {@code
 * /dev/zero} never ends), so that a wrong path ends in one line instead of an OutOfMemoryError
 * or a hang. The messages are those of the command line's own bounded reads: {@code SOURCE:
 * REASON}.
 */
public final class BoundedFiles {
  private BoundedFiles() {}

  /**
   * Refuses a file that exists and is not a regular file (or a link to one); a missing file
   * passes.
   *
   * @param source names the file in messages, e.g. {@code audit log /dev/zero}
   * @throws RefusedFileException when it is a directory, FIFO, socket or device
   */
  public static void requireRegularFile(Path file, String source) {
    if (Files.isDirectory(file)) {
      throw refused(source, "is a directory; give a file");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw refused(source, "is not a regular file (a FIFO, socket or device); give a file");
    }
  }

  /**
   * Reads a regular file as strict UTF-8 text, dropping a leading byte order mark.
   *
   * @param source names the file in messages, e.g. {@code state file /x/night.state.json}
   * @throws RefusedFileException when the file is missing, not a regular file, unreadable,
   *     larger than {@code cap} bytes or not UTF-8
   */
  public static String readRegularUtf8(Path file, int cap, String source) {
    requireRegularFile(file, source);
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      // One byte more than the cap tells "exactly at the cap" from "larger", without reading on.
      bytes = in.readNBytes(cap + 1);
    } catch (NoSuchFileException e) {
      throw refused(source, "no such file");
    } catch (IOException e) {
      throw refused(source, "cannot be read (" + e.getClass().getSimpleName()
          + "); check that it is a readable file");
    }
    if (bytes.length > cap) {
      throw refused(source, "is larger than " + describe(cap) + ", the most accepted; give"
          + " the right file");
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw refused(source, "is not valid UTF-8; save it as UTF-8");
    }
  }

  private static RefusedFileException refused(String source, String reason) {
    return new RefusedFileException(source + ": " + reason);
  }

  private static String describe(int bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes / 1024 + " KiB";
  }
}
