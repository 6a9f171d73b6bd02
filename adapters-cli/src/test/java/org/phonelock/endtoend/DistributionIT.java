package org.phonelock.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The distribution archive, unpacked as a user would and run without Maven, with a clean
 * environment (README, "Distribution archive": it needs only a Java 17+ runtime).
 */
class DistributionIT {
  private static final String VERSION = System.getProperty("phonelock.version", "unknown");
  private static final Path TAR = Path.of(System.getProperty("phonelock.dist.tar", "missing"));
  private static final Path ZIP = Path.of(System.getProperty("phonelock.dist.zip", "missing"));
  private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

  @TempDir static Path unpacked;
  private static Path home;
  private static Path javaOnly;

  record Run(int exitCode, String out, String err) {}

  @BeforeAll
  static void unpackTheTarball() throws Exception {
    assertThat(TAR).as("run `mvn verify`: the archive is built in the package phase").isRegularFile();
    Run tar = run(List.of("tar", "-xzf", TAR.toString(), "-C", unpacked.toString()),
        Map.of("PATH", System.getenv("PATH")), unpacked);
    assertThat(tar.exitCode()).as(tar.err()).isZero();
    home = unpacked.resolve("phonelock-" + VERSION);
    // A PATH holding java and nothing else: the launcher must need no other program.
    javaOnly = Files.createDirectory(unpacked.resolve("java-only"));
    Path java = javaOnly.resolve("java");
    Files.writeString(java, "#!/bin/sh\nexec '" + JAVA_HOME.resolve("bin").resolve("java")
        + "' \"$@\"\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static Run run(List<String> command, Map<String, String> environment, Path directory)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Path out = Files.createTempFile(unpacked, "out", ".txt");
    Path err = Files.createTempFile(unpacked, "err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("did not finish: " + command);
    }
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static Run launcher(Map<String, String> environment, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(home.resolve("bin/phonelock").toString()));
    command.addAll(List.of(args));
    Map<String, String> env = new HashMap<>(environment);
    env.put("HOME", unpacked.toString());
    return run(command, env, unpacked);
  }

  private static Set<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
          .collect(TreeSet::new, Set::add, Set::addAll);
    }
  }

  @Test
  void archivesHoldTheJarLaunchersCompletionManPagesAndReadme() throws Exception {
    Set<String> files = files(home);
    assertThat(files).contains("lib/phonelock.jar", "bin/phonelock", "bin/phonelock.cmd",
        "completion/phonelock.bash", "man/man1/phonelock.1", "man/man1/phonelock-lock.1",
        "man/man1/phonelock-unlock.1", "README.md");
    assertThat(Files.getPosixFilePermissions(home.resolve("bin/phonelock")))
        .isEqualTo(PosixFilePermissions.fromString("rwxr-xr-x"));
    Set<String> zipped = new TreeSet<>();
    try (ZipFile zip = new ZipFile(ZIP.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (!entry.isDirectory()) {
          zipped.add(entry.getName().substring(("phonelock-" + VERSION + "/").length()));
        }
      }
    }
    assertThat(zipped).isEqualTo(files);
  }

  @Test
  void versionRunsWithOnlyJavaOnThePath() throws Exception {
    Run run = launcher(Map.of("PATH", javaOnly.toString()), "--version");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().strip()).startsWith("phonelock " + VERSION + " (commit ");
  }

  @Test
  void versionRunsWithOnlyJavaHome() throws Exception {
    Run run = launcher(Map.of("JAVA_HOME", JAVA_HOME.toString(), "PATH", "/nonexistent"),
        "--version");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("phonelock " + VERSION);
  }

  @Test
  void demoRunsFromTheArchive() throws Exception {
    Run run = launcher(Map.of("PATH", javaOnly.toString()), "demo");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Lock applied", "Unlock applied", "Demo done");
  }

  @Test
  void launcherReachedThroughASymlinkFindsItsJar() throws Exception {
    Path link = Files.createDirectories(unpacked.resolve("usr-local-bin")).resolve("phonelock");
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, home.resolve("bin/phonelock"));
    Run run = run(List.of(link.toString(), "--version"),
        Map.of("PATH", javaOnly + File.pathSeparator + System.getenv("PATH")), unpacked);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("phonelock " + VERSION);
  }

  @Test
  void noJavaAtAllExitsOneWithWhatToDo() throws Exception {
    Run run = launcher(Map.of("PATH", "/nonexistent"), "--version");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no Java runtime found", "Java 17 or later", "JAVA_HOME");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void javaHomeWithoutJavaExitsOneNamingIt() throws Exception {
    Run run = launcher(Map.of("JAVA_HOME", "/opt/no-such-jdk", "PATH", javaOnly.toString()),
        "--version");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("JAVA_HOME is '/opt/no-such-jdk'", "Java 17 or later");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.8.0_392", "11.0.21", "16"})
  void javaOlderThan17ExitsOneNamingItsVersion(String version) throws Exception {
    Path fake = Files.createTempDirectory(unpacked, "old-java");
    Path java = fake.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"" + version + "\" 2020-01-01' >&2\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Run run = launcher(Map.of("PATH", fake.toString()), "--version");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("is Java " + version, "needs Java 17 or later");
  }

  @Test
  void completionScriptCompletesSubcommandsAndOptions() throws Exception {
    String script = "source completion/phonelock.bash 2>/dev/null\n"
        + "COMP_WORDS=(phonelock lo); COMP_CWORD=1; COMP_LINE='phonelock lo'; COMP_POINT=12\n"
        + "_complete_phonelock 2>/dev/null; echo \"${COMPREPLY[*]}\"\n"
        + "COMP_WORDS=(phonelock lock --pro); COMP_CWORD=2; COMP_LINE='phonelock lock --pro';"
        + " COMP_POINT=20\n"
        + "_complete_phonelock 2>/dev/null; echo \"${COMPREPLY[*]}\"\n";
    Run run = run(List.of("bash", "-c", script), Map.of("PATH", System.getenv("PATH")), home);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).containsExactly("lock", "--profile");
  }

  @Test
  void manPagesAreRoffWithTheOptions() throws Exception {
    String lock = Files.readString(home.resolve("man/man1/phonelock-lock.1"));
    assertThat(lock).startsWith("'\\\" t").contains(".TH \"PHONELOCK\\-LOCK\" \"1\"",
        "\\-\\-profile", "\\-\\-department", "PASSWORD AND PROFILES");
    assertThat(Files.readString(home.resolve("man/man1/phonelock.1")))
        .contains(".SH \"EXIT STATUS\"", ".SS \"Exit codes:\"", ".SH \"EXAMPLES\"");
    for (String page : List.of("phonelock-lock.1", "phonelock-unlock.1")) {
      assertThat(Files.readString(home.resolve("man/man1/" + page))).as(page)
          .contains("Exit codes:", "authentication failed (HTTP 401)", "schedule run: audit log",
              ".SH \"EXIT STATUS\"", ".SH \"EXAMPLES\"", ".SH \"ENVIRONMENT\"", ".SH \"FILES\"",
              "PHONELOCK_PASSWORD");
    }
  }

  @Test
  void windowsLauncherHasCrlfLinesAndChecksTheJavaVersion() throws Exception {
    String cmd = Files.readString(home.resolve("bin/phonelock.cmd"));
    assertThat(cmd.split("\r\n", -1)).hasSizeGreaterThan(20);
    assertThat(cmd.replace("\r\n", "")).doesNotContain("\n");
    assertThat(cmd).contains("JAVA_HOME", "java.exe", "GEQ 17", "-jar \"%PHONELOCK_JAR%\" %*");
  }
}
