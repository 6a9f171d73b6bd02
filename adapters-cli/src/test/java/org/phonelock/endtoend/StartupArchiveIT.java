package org.phonelock.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The launchers' AppCDS archive (README, "Start-up"): used when it was made for the jar beside
 * it, and otherwise never a failure nor a word on stderr, whether it is missing, corrupt, made
 * for another jar, or older than a rebuilt jar. Both launchers that take it: the repository's
 * ./phonelock and the distribution's bin/phonelock.
 */
class StartupArchiveIT {
  private static final Path JAR = Path.of(System.getProperty("phonelock.jar", "missing"));
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  /** Where each launcher looks for its jar and archive. */
  enum Layout {
    REPOSITORY("phonelock", "adapters-cli/target"),
    DISTRIBUTION("bin/phonelock", "lib");

    final String launcher;
    final String folder;

    Layout(String launcher, String folder) {
      this.launcher = launcher;
      this.folder = folder;
    }

    Path source() {
      return this == REPOSITORY
          ? Path.of("..", "phonelock")
          : Path.of("src", "dist", "bin", "phonelock");
    }
  }

  @TempDir Path root;

  record Run(int exitCode, String out, String err) {}

  private Path install(Layout layout) throws Exception {
    Path launcher = root.resolve(layout.launcher);
    Files.createDirectories(launcher.getParent());
    Files.copy(layout.source(), launcher);
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path folder = Files.createDirectories(root.resolve(layout.folder));
    Files.copy(JAR, folder.resolve("phonelock.jar"), StandardCopyOption.COPY_ATTRIBUTES);
    return folder;
  }

  private static void train(Path jar, Path archive) throws Exception {
    Run run = run(List.of(JAVA.toString(), "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off",
        "-Xlog:cds+dynamic=off", "-jar", jar.toString(), "--version"), Map.of(), jar.getParent());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(archive).isRegularFile();
  }

  private static Run run(List<String> command, Map<String, String> extraEnvironment, Path directory)
      throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.environment().clear();
    builder.environment().put("PATH", JAVA.getParent() + File.pathSeparator + System.getenv("PATH"));
    builder.environment().put("HOME", directory.toString());
    builder.environment().putAll(extraEnvironment);
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Path out = Files.createTempFile("out", ".txt");
    Path err = Files.createTempFile("err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("did not finish: " + command);
    }
    Run run = new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    Files.delete(out);
    Files.delete(err);
    return run;
  }

  private Run version(Layout layout, Map<String, String> environment) throws Exception {
    return run(List.of(root.resolve(layout.launcher).toString(), "--version"), environment, root);
  }

  private static void assertQuietSuccess(Run run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("phonelock ");
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void anArchiveMadeForTheJarIsUsed(Layout layout) throws Exception {
    Path folder = install(layout);
    train(folder.resolve("phonelock.jar"), folder.resolve("phonelock.jsa"));
    Path classLog = root.resolve("classes.log");
    Run run = version(layout, Map.of("PHONELOCK_JAVA_OPTS", "-Xlog:class+load:file=" + classLog));
    assertQuietSuccess(run);
    assertThat(Files.readString(classLog)).contains("source: shared objects file (top)");
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void noArchiveRunsQuietly(Layout layout) throws Exception {
    install(layout);
    assertQuietSuccess(version(layout, Map.of()));
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void aCorruptArchiveRunsQuietly(Layout layout) throws Exception {
    Path folder = install(layout);
    byte[] noise = new byte[64 * 1024];
    new Random(11).nextBytes(noise);
    Files.write(folder.resolve("phonelock.jsa"), noise);
    assertQuietSuccess(version(layout, Map.of()));
    Files.writeString(folder.resolve("phonelock.jsa"), "x", StandardCharsets.UTF_8);
    assertQuietSuccess(version(layout, Map.of()));
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void anArchiveOfAnotherJarRunsQuietly(Layout layout) throws Exception {
    Path folder = install(layout);
    Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
    Files.copy(JAR, elsewhere.resolve("phonelock.jar"), StandardCopyOption.COPY_ATTRIBUTES);
    train(elsewhere.resolve("phonelock.jar"), elsewhere.resolve("phonelock.jsa"));
    Files.copy(elsewhere.resolve("phonelock.jsa"), folder.resolve("phonelock.jsa"));
    assertQuietSuccess(version(layout, Map.of()));
  }

  /**
   * An archive of another JDK build: the JVM reads the build's name from the archive's header
   * and refuses it when it is not its own, so a valid archive with that name changed stands for
   * one copied from a machine with another JDK.
   */
  @ParameterizedTest
  @EnumSource(Layout.class)
  void anArchiveOfAnotherJdkRunsQuietly(Layout layout) throws Exception {
    Path folder = install(layout);
    Path archive = folder.resolve("phonelock.jsa");
    train(folder.resolve("phonelock.jar"), archive);
    byte[] bytes = Files.readAllBytes(archive);
    byte[] build = System.getProperty("java.vm.version").getBytes(StandardCharsets.US_ASCII);
    int at = indexOf(bytes, build, 16 * 1024);
    assertThat(at).as("the JDK build named in the archive header").isNotNegative();
    bytes[at] = (byte) (bytes[at] == '9' ? '8' : '9');
    Files.delete(archive);
    Files.write(archive, bytes);
    assertQuietSuccess(version(layout, Map.of()));
  }

  private static int indexOf(byte[] bytes, byte[] part, int limit) {
    for (int i = 0; i + part.length <= Math.min(bytes.length, limit); i++) {
      if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    return -1;
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void anArchiveOlderThanARebuiltJarRunsQuietly(Layout layout) throws Exception {
    Path folder = install(layout);
    train(folder.resolve("phonelock.jar"), folder.resolve("phonelock.jsa"));
    Files.setLastModifiedTime(folder.resolve("phonelock.jar"),
        FileTime.from(Instant.now().plusSeconds(60)));
    assertQuietSuccess(version(layout, Map.of()));
  }
}
