package org.phonelock.adapters.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file whole: the content goes to a temporary file of a unique name in the same
 * directory, is forced to disk, and is moved over the file atomically, so that a reader (or a
 * crash) sees the old content or the new, never part of one.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Replaces {@code file} with {@code content}.
   *
   * @param file the file; its directory must exist and be writable
   * @throws IOException when it cannot be written; the file then keeps its old content
   */
  public static void replace(Path file, byte[] content) throws IOException {
    Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(),
        file.getFileName() + ".", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }
}
