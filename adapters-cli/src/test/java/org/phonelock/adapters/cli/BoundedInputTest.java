package org.phonelock.adapters.cli;

import org.phonelock.application.BoundedFiles;
import org.phonelock.application.port.out.RefusedFileException;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every file and stream is read with a cap checked before parsing ({@link BoundedFiles}); bad
 * input gets one line naming it and what is accepted, exit 2, and nothing is sent.
 */
class BoundedInputTest {
  private static final String[] LOCK = {"lock", "--server", "https://ias.example.com", "--user",
      "admin", "--department", "R&D"};
  private final CliHarness cli = new CliHarness();
  @TempDir Path folder;

  @BeforeEach
  void noConfig() {
    cli.configDirectory = Optional.of(folder.resolve("config"));
  }

  private int lockWith(String... more) {
    String[] args = new String[LOCK.length + more.length];
    System.arraycopy(LOCK, 0, args, 0, LOCK.length);
    System.arraycopy(more, 0, args, LOCK.length, more.length);
    return cli.run(args);
  }

  private void assertRefused(int exit, String... named) {
    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.sent).isEmpty();
    assertThat(cli.err.strip()).doesNotContain("\n").doesNotContain("\tat ")
        .doesNotContain("Exception");
    assertThat(cli.err).contains(named);
  }

  @Test
  void anEndlessPasswordFileIsRefusedAfterItsCap() {
    assertRefused(lockWith("--password-file", "/dev/zero"),
        "--password-file /dev/zero", "larger than 4 KiB");
  }

  @Test
  void anOversizedPasswordOnStandardInputIsRefused() {
    cli.stdin = "x".repeat(BoundedFiles.PASSWORD_BYTES + 1);
    assertRefused(lockWith("--password-stdin"), "standard input", "larger than 4 KiB");
  }

  /** Every password source has the cap of files and standard input (Credentials). */
  @Test
  void anOversizedPasswordInTheEnvironmentIsRefusedWithoutShowingIt() {
    String password = "v".repeat(100 * 1024 - 1) + "Q";
    cli.environment.put("PHONELOCK_PASSWORD", password);
    assertRefused(lockWith(), "PHONELOCK_PASSWORD gives a password larger than 4 KiB, the most"
        + " accepted");
    assertThat(cli.err).doesNotContain("vvvv");
    cli.environment.put("PHONELOCK_PASSWORD", "v".repeat(BoundedFiles.PASSWORD_BYTES));
    assertThat(lockWith()).as(cli.err).isZero();
  }

  @Test
  void anOversizedTypedPasswordIsRefused() {
    cli.typedPassword = Optional.of("t".repeat(BoundedFiles.PASSWORD_BYTES + 1));
    assertRefused(lockWith(), "the typed password gives a password larger than 4 KiB");
  }

  /** A FIFO nobody writes to ends in one line after the bound, never a hang. */
  @Test
  @Timeout(60)
  void aFifoWithNoWriterIsGivenUpAfterTheBound() throws Exception {
    Path fifo = Fifos.make(folder.resolve("pw.fifo"));
    Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> BoundedFiles.readPassword(
        fifo, "--password-file " + fifo, Duration.ofMillis(200)));
    assertThat(refused).isInstanceOf(RefusedFileException.class).hasMessage("--password-file "
        + fifo + ": gave no data within 200 ms; check that the command writing it runs, or give"
        + " a regular file");
  }

  @Test
  void theDefaultBoundOfAFifoIsTenSeconds() {
    assertThat(BoundedFiles.NON_REGULAR_WAIT).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  @Timeout(60)
  void aFifoWhoseWriterWritesAtOnceIsRead() throws Exception {
    Path fifo = Fifos.make(folder.resolve("pw.fifo"));
    Thread writer = new Thread(() -> {
      try {
        Files.writeString(fifo, "from-a-fifo\n");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.setDaemon(true);
    writer.start();
    // The bound is the test's own timeout: reading must not depend on how fast the writer is.
    assertThat(BoundedFiles.readPassword(fifo, "--password-file " + fifo, Duration.ofSeconds(50)))
        .isEqualTo("from-a-fifo\n");
    writer.join();
  }

  /** Writes {@code text} to {@code fifo} and keeps it open until {@code done} counts down. */
  private static Thread writeAndKeepOpen(Path fifo, String text, CountDownLatch done) {
    Thread writer = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) { // blocks until the FIFO is read
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
        done.await();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    writer.setDaemon(true);
    writer.start();
    return writer;
  }

  /** As {@code <(echo pw; sleep 30)}: the line is read at once, the end is not waited for. */
  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFifoThatGivesALineAndStaysOpenIsReadAtOnce() throws Exception {
    Path fifo = Fifos.make(folder.resolve("pw.fifo"));
    CountDownLatch done = new CountDownLatch(1);
    Thread writer = writeAndKeepOpen(fifo, "s3cret\n", done);
    // The bound is the test's own timeout: only a read that waits for the end reaches it.
    assertThat(BoundedFiles.readPassword(fifo, "--password-file " + fifo, Duration.ofSeconds(50)))
        .isEqualTo("s3cret\n");
    done.countDown();
    writer.join();
    CountDownLatch cliDone = new CountDownLatch(1);
    Thread cliWriter = writeAndKeepOpen(fifo, "s3cret\n", cliDone);
    assertThat(lockWith("--password-file", fifo.toString())).as(cli.err).isZero();
    assertThat(cli.opened.get(0).credentials().password()).isEqualTo("s3cret");
    cliDone.countDown();
    cliWriter.join();
  }

  /** As {@code <(printf pw; sleep 30)}: part of a line and no line break, refused naming that. */
  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFifoThatGivesPartOfALineAndStaysOpenIsRefusedAfterTheBound() throws Exception {
    Path fifo = Fifos.make(folder.resolve("pw.fifo"));
    CountDownLatch done = new CountDownLatch(1);
    Thread writer = writeAndKeepOpen(fifo, "s3c", done);
    // The writer waits in open(); once the reader opens the FIFO, the bytes it writes count as
    // given whether or not the reader thread took them yet, so only the opening must happen
    // within the bound, which is generous for that.
    Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() ->
        BoundedFiles.readPassword(fifo, "--password-file " + fifo, Duration.ofSeconds(3)));
    done.countDown();
    writer.join();
    assertThat(refused).isInstanceOf(RefusedFileException.class).hasMessage("--password-file "
        + fifo + ": gave no complete line within 3 s; end the password with a line break or"
        + " close the stream");
  }

  /** As {@code (echo pw; sleep 50) | phonelock lock --password-stdin}. */
  @ParameterizedTest
  @ValueSource(strings = {"s3cret\n", "s3cret\r\n", "\uFEFFs3cret\n"})
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void standardInputThatGivesALineAndStaysOpenIsReadAtOnce(String line) throws Exception {
    // This thread writes and stays alive, so the pipe's write end stays open.
    try (PipedOutputStream writer = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(writer)) {
      writer.write(line.getBytes(StandardCharsets.UTF_8));
      cli.stdinStream = stdin;
      assertThat(lockWith("--password-stdin")).as(cli.err).isZero();
      assertThat(cli.opened.get(0).credentials().password()).isEqualTo("s3cret");
    }
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aSecondLineWrittenWithTheFirstIsStillRefusedThoughTheStreamStaysOpen() throws Exception {
    try (PipedOutputStream writer = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(writer)) {
      writer.write("s3cret\nsecond\n".getBytes(StandardCharsets.UTF_8));
      cli.stdinStream = stdin;
      assertRefused(lockWith("--password-stdin"), "standard input (--password-stdin)",
          "control character (U+000A");
      assertThat(cli.err).doesNotContain("s3cret").doesNotContain("second");
    }
  }

  @Test
  void aPasswordAtTheCapIsAccepted() throws Exception {
    Path file = folder.resolve("pw");
    Files.writeString(file, "p".repeat(BoundedFiles.PASSWORD_BYTES - 1) + "\n");
    assertThat(lockWith("--password-file", file.toString())).isZero();
    // The line break is not part of the password: 4 KiB and CR LF are taken, as from the variable.
    Files.writeString(file, "q".repeat(BoundedFiles.PASSWORD_BYTES) + "\r\n");
    assertThat(lockWith("--password-file", file.toString())).as(cli.err).isZero();
    cli.stdin = "s".repeat(BoundedFiles.PASSWORD_BYTES) + "\r\n";
    assertThat(lockWith("--password-stdin")).as(cli.err).isZero();
    cli.stdin = "s".repeat(BoundedFiles.PASSWORD_BYTES + 1) + "\n";
    int sent = cli.sent.size();
    assertThat(lockWith("--password-stdin")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.sent).hasSize(sent);
    assertThat(cli.err).contains("standard input", "larger than 4 KiB");
    assertThat(cli.opened.get(0).credentials().password()).hasSize(BoundedFiles.PASSWORD_BYTES - 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"s3cret\n", "s3cret\r\n", "s3cret"})
  void theOneLineBreakThatEndsTheLineIsNotPartOfThePassword(String content) throws Exception {
    Path file = folder.resolve("pw");
    Files.writeString(file, content);
    assertThat(lockWith("--password-file", file.toString())).isZero();
    assertThat(cli.opened.get(0).credentials().password()).isEqualTo("s3cret");
  }

  @ParameterizedTest
  @ValueSource(strings = {"s3cret\nsecond line\n", "s3cret\n\n", "s3\tcret", "s3cret\r",
      "s3\u0000cret", "\ns3cret"})
  void anyOtherControlCharacterInAPasswordIsRefusedNamingTheSource(String content)
      throws Exception {
    Path file = folder.resolve("pw");
    Files.writeString(file, content);
    assertRefused(lockWith("--password-file", file.toString()),
        "--password-file " + file, "control character (U+00");
    assertThat(cli.err).doesNotContain("s3");
    cli.stdin = content;
    assertRefused(lockWith("--password-stdin"), "standard input", "control character");
  }

  @Test
  void aControlCharacterInThePasswordVariableIsRefusedNamingIt() {
    cli.environment.put("PHONELOCK_PASSWORD", "s3cret\n");
    assertRefused(lockWith(), "PHONELOCK_PASSWORD", "control character (U+000A at position 7)");
  }

  @Test
  void aProfilePasswordWrittenAsAFoldedBlockIsRefusedWithFileAndLine() throws Exception {
    Path config = Files.createDirectories(folder.resolve("config")).resolve("config.yaml");
    Files.writeString(config, String.join("\n",
        "profiles:",
        "  default:",
        // The server of --server: a kept password goes only to its own file's server.
        "    server: https://ias.example.com",
        "    password: >",
        "      s3cret",
        ""), StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
    // Refused as it is read: a value written over several lines is never taken (YamlMapping).
    assertRefused(lockWith(), config + ":4: 'password' in profile 'default' spans more than one"
        + " line");
    assertThat(cli.err).doesNotContain("s3cret");
  }

  @Test
  void aPasswordFileThatIsADirectoryIsRefused() {
    assertRefused(lockWith("--password-file", folder.toString()), "is a directory");
  }

  @Test
  void aProfilesFileThatIsADeviceIsRefusedAsNotAFile() throws Exception {
    Path config = Files.createDirectories(folder.resolve("config")).resolve("config.yaml");
    Files.createSymbolicLink(config, Path.of("/dev/zero"));
    cli.environment.put("PHONELOCK_PASSWORD", "pw");
    assertRefused(lockWith(), config.toString(), "is not a regular file");
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aProfilesFileThatIsAFifoWithNoWriterIsRefusedAtOnce() throws Exception {
    Path config = Fifos.make(
        Files.createDirectories(folder.resolve("config")).resolve("config.yaml"));
    cli.environment.put("PHONELOCK_PASSWORD", "pw");
    assertRefused(lockWith(), config + ":1: is not a regular file (a FIFO, socket or device);"
        + " give a file");
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aPasswordFileMayStillBeAFifoAsWithProcessSubstitution() throws Exception {
    Path fifo = Fifos.make(folder.resolve("pw-fifo"));
    Thread writer = new Thread(() -> {
      try {
        Files.writeString(fifo, "s3cret\n"); // Blocks until the CLI opens the FIFO.
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.start();
    assertThat(lockWith("--password-file", fifo.toString())).as(cli.err).isZero();
    writer.join();
    assertThat(cli.opened.get(0).credentials().password()).isEqualTo("s3cret");
  }

  @Test
  void anOversizedProfilesFileIsRefusedWithoutParsingIt() throws Exception {
    Path config = Files.createDirectories(folder.resolve("config")).resolve("config.yaml");
    try (RandomAccessFile sparse = new RandomAccessFile(config.toFile(), "rw")) {
      sparse.setLength(10L * 1024 * 1024);
    }
    cli.environment.put("PHONELOCK_PASSWORD", "pw");
    assertRefused(lockWith(), config.toString(), "larger than 1 MiB");
  }

  @Test
  void anUnclosedBracketInAProfileIsASyntaxErrorNotAShapeError() throws Exception {
    Path config = Files.createDirectories(folder.resolve("config")).resolve("config.yaml");
    Files.writeString(config, "profiles:\n  default:\n    user: [admin\n    timeout: 5\n");
    cli.environment.put("PHONELOCK_PASSWORD", "pw");
    assertRefused(lockWith(), config.toString(), "not valid YAML");
    assertThat(cli.err).doesNotContain("single value");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PHONELOCK_USER", "PHONELOCK_CA_FILE", "PHONELOCK_SERVER",
      "PHONELOCK_TIMEOUT", "PHONELOCK_RETRIES"})
  void anEmptyVariableIsRefusedNamingIt(String variable) {
    cli.environment.put("PHONELOCK_PASSWORD", "pw");
    cli.environment.put("PHONELOCK_SERVER", "https://ias.example.com");
    cli.environment.put("PHONELOCK_USER", "admin");
    cli.environment.put(variable, "");
    assertRefused(cli.run("lock", "--department", "R&D"), variable + " is empty");
  }
}
