package org.phonelock.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phonelock.application.port.out.RefusedFileException;

/**
 * A password stream is read up to its first line break or its end, whichever comes first, and
 * given up after a bound: a writer that keeps the pipe open is never waited for. Each stream here
 * is written by the test's own thread, which stays alive, so its write end stays open.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang guard only
class BoundedFilesTest {
  private static final String SOURCE = "standard input (--password-stdin)";
  @TempDir Path folder;

  private static String readOpenPipe(String written, Duration wait) throws Exception {
    try (PipedOutputStream writer = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(writer, 8192)) {
      writer.write(written.getBytes(StandardCharsets.UTF_8));
      return BoundedFiles.readPassword(in, SOURCE, wait);
    }
  }

  /** The bound is the test's own timeout: only a read that waits for the end reaches it. */
  @ParameterizedTest
  @ValueSource(strings = {"s3cret\n", "s3cret\r\n"})
  void aLineOnAStreamThatStaysOpenIsReadAtOnce(String line) throws Exception {
    assertThat(readOpenPipe(line, Duration.ofSeconds(50))).isEqualTo(line);
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheText() throws Exception {
    assertThat(readOpenPipe("\uFEFFs3cret\n", Duration.ofSeconds(50))).isEqualTo("s3cret\n");
  }

  /** What came with the first line is kept, so that Credentials.passwordLine refuses it. */
  @Test
  void aSecondLineWrittenWithTheFirstIsReturnedToo() throws Exception {
    assertThat(readOpenPipe("a\nb", Duration.ofSeconds(50))).isEqualTo("a\nb");
  }

  @Test
  void aStreamThatEndsWithoutALineBreakIsReadToItsEnd() {
    assertThat(BoundedFiles.readPassword(new ByteArrayInputStream(
        "s3cret".getBytes(StandardCharsets.UTF_8)), SOURCE)).isEqualTo("s3cret");
  }

  @Test
  void aStreamThatGivesNothingIsRefusedAfterTheBound() {
    assertThat(catchThrowable(() -> readOpenPipe("", Duration.ofMillis(200))))
        .isInstanceOf(RefusedFileException.class).hasMessage(SOURCE + ": gave no data within"
            + " 200 ms; check that the command writing it runs, or give a regular file");
  }

  @Test
  void aStreamThatGivesPartOfALineIsRefusedAfterTheBoundSayingSo() {
    // Bytes given but not yet read count too: the message does not depend on when the reader
    // thread runs, so the bound can be short.
    assertThat(catchThrowable(() -> readOpenPipe("s3c", Duration.ofMillis(200))))
        .isInstanceOf(RefusedFileException.class).hasMessage(SOURCE + ": gave no complete line"
            + " within 200 ms; end the password with a line break or close the stream");
  }

  @Test
  void aLineLargerThanTheCapIsRefused() throws Exception {
    assertThat(catchThrowable(() -> readOpenPipe(
        "x".repeat(BoundedFiles.PASSWORD_BYTES) + "\n", Duration.ofSeconds(50))))
        .isInstanceOf(RefusedFileException.class).hasMessage(SOURCE + ": is larger than 4 KiB,"
            + " the most accepted; give the right file");
    assertThat(readOpenPipe("x".repeat(BoundedFiles.PASSWORD_BYTES - 1) + "\n",
        Duration.ofSeconds(50))).hasSize(BoundedFiles.PASSWORD_BYTES);
  }

  @Test
  void aRegularPasswordFileIsReadWhole() throws Exception {
    Path file = Files.writeString(folder.resolve("pw"), "a\nb\n");
    assertThat(BoundedFiles.readPassword(file, "--password-file " + file)).isEqualTo("a\nb\n");
  }
}
