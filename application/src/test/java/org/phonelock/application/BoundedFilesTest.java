package org.phonelock.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.BufferedInputStream;
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

  /**
   * As {@code sleep 40 | phonelock lock --password-stdin}: System.in is a BufferedInputStream,
   * whose blocked reader holds its lock; the refusal must come at the bound all the same.
   */
  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aBufferedStreamThatGivesNothingIsRefusedAtTheBound() throws Exception {
    try (PipedOutputStream writer = new PipedOutputStream();
        BufferedInputStream in = new BufferedInputStream(new PipedInputStream(writer, 8192))) {
      assertThat(catchThrowable(() -> BoundedFiles.readPassword(in, SOURCE,
          Duration.ofMillis(300)))).isInstanceOf(RefusedFileException.class)
          .hasMessage(SOURCE + ": gave no data within 300 ms; check that the command writing it"
              + " runs, or give a regular file");
    }
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
    // The reader needs only to take the written bytes within the bound; it is generous for that
    // (a stream's available() is not asked: System.in's would wait for the reader's lock).
    assertThat(catchThrowable(() -> readOpenPipe("s3c", Duration.ofSeconds(3))))
        .isInstanceOf(RefusedFileException.class).hasMessage(SOURCE + ": gave no complete line"
            + " within 3 s; end the password with a line break or close the stream");
  }

  @Test
  void aLineLargerThanTheCapIsRefused() throws Exception {
    // The cap is the password's plus its line break (CR LF), which is not part of it.
    assertThat(catchThrowable(() -> readOpenPipe(
        "x".repeat(BoundedFiles.PASSWORD_BYTES + 2) + "\n", Duration.ofSeconds(50))))
        .isInstanceOf(RefusedFileException.class).hasMessage(SOURCE + ": is larger than 4 KiB,"
            + " the most accepted; give the right file");
    assertThat(readOpenPipe("x".repeat(BoundedFiles.PASSWORD_BYTES) + "\r\n",
        Duration.ofSeconds(50))).hasSize(BoundedFiles.PASSWORD_BYTES + 2);
  }

  @Test
  void aRegularPasswordFileIsReadWhole() throws Exception {
    Path file = Files.writeString(folder.resolve("pw"), "a\nb\n");
    assertThat(BoundedFiles.readPassword(file, "--password-file " + file)).isEqualTo("a\nb\n");
  }
}
