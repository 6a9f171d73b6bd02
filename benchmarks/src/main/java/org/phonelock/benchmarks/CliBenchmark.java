package org.phonelock.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.phonelock.benchmarks.floor.Hello;
import org.phonelock.benchmarks.floor.JerseyPut;
import org.phonelock.benchmarks.floor.MinimalPut;

/**
 * B4: wall time of {@code phonelock lock} (the packaged jar) against a fake server running in
 * this JVM, next to a bare JVM hello-world, the smallest Java program sending the same request,
 * and curl. The CLI runs as shipped, then with an AppCDS archive made by a training run, then with
 * that archive plus quick-start JVM flags. Commands take turns, run after run.
 */
final class CliBenchmark {
  private static final String USER = "admin";
  private static final String PASSWORD = "admin-demo-pw";
  private static final String DEPARTMENT = "IT";

  /** Flags that shorten a short run: C1 only, the serial collector. */
  static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  private CliBenchmark() {}

  /**
   * Runs B4.
   *
   * @param settings runs per command and the jar
   * @param notes receives the class-loading breakdown
   * @return the rows, each against the hello-world, and the CLI against curl
   * @throws Exception when a command fails
   */
  static List<Row> run(Settings settings, List<String> notes) throws Exception {
    Path work = Files.createTempDirectory("phonelock-bench-cli");
    try (Servers.Running server = Servers.fake(null)) {
      Map<String, ProcessTimer.Command> commands = commands(settings.cliJar(), server.baseUri(),
          work);
      ProcessTimer.train(commands.get("phonelock"), work.resolve("phonelock.jsa"));
      ProcessTimer.train(commands.get("minimal"), work.resolve("minimal.jsa"));
      Map<String, List<Double>> millis = ProcessTimer.time(commands, settings.cliRuns());
      notes.addAll(ClassLoadCensus.census(commands.get("hello").argv(),
          commands.get("phonelock").argv(), commands.get("phonelock").env(), work));
      return rows(millis);
    } finally {
      try (var files = Files.walk(work)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Map<String, ProcessTimer.Command> commands(Path jar, URI server, Path work)
      throws IOException {
    Path archive = work.resolve("phonelock.jsa");
    String floor = floorJar(work.resolve("floor.jar"));
    Map<String, String> env = Map.of("PHONELOCK_PASSWORD", PASSWORD);
    String url = server + Servers.lockTarget(DEPARTMENT);
    Map<String, ProcessTimer.Command> commands = new LinkedHashMap<>();
    commands.put("hello", new ProcessTimer.Command(
        List.of(Jvm.java(), "-cp", classesDirectory(), Hello.class.getName()), Map.of()));
    commands.put("minimal", new ProcessTimer.Command(
        List.of(Jvm.java(), "-cp", floor, MinimalPut.class.getName(), url, USER), env));
    commands.put("minimal+cds", new ProcessTimer.Command(List.of(Jvm.java(),
        "-XX:SharedArchiveFile=" + work.resolve("minimal.jsa"), "-cp", floor,
        MinimalPut.class.getName(), url, USER), env));
    commands.put("jersey", new ProcessTimer.Command(List.of(Jvm.java(), "-cp",
        floor + java.io.File.pathSeparator + jerseyClasspath(), JerseyPut.class.getName(), url,
        USER), env));
    commands.put("curl", new ProcessTimer.Command(List.of("curl", "-sS", "-f", "-o",
        "/dev/null", "-X", "PUT", "-u", USER + ":" + PASSWORD, url), Map.of()));
    commands.put("phonelock", new ProcessTimer.Command(cli(jar, server, List.of()), env));
    commands.put("launcher", new ProcessTimer.Command(launcher(jar, server), env));
    commands.put("phonelock+cds", new ProcessTimer.Command(
        cli(jar, server, List.of("-XX:SharedArchiveFile=" + archive)), env));
    List<String> quick = new ArrayList<>(QUICK_START);
    quick.add("-XX:SharedArchiveFile=" + archive);
    commands.put("phonelock+cds+quick", new ProcessTimer.Command(cli(jar, server, quick), env));
    return commands;
  }

  static List<String> cli(Path jar, URI server, List<String> jvmOptions) {
    List<String> argv = new ArrayList<>();
    argv.add(Jvm.java());
    argv.addAll(jvmOptions);
    argv.addAll(List.of("-jar", jar.toString(), "lock", "--server", server.toString(),
        "--user", USER, "--department", DEPARTMENT));
    return argv;
  }

  /**
   * {@code ./phonelock lock ...} as a user runs it: the repository's launcher (its build check,
   * then the jar with the AppCDS archive the build made beside it).
   */
  static List<String> launcher(Path jar, URI server) {
    Path root = jar.toAbsolutePath().getParent().getParent().getParent();
    return List.of(root.resolve("phonelock").toString(), "lock", "--server", server.toString(),
        "--user", USER, "--department", DEPARTMENT);
  }

  /** The Jersey jars phonelock ships, from this JVM's class path (benchmarks depend on them). */
  private static String jerseyClasspath() {
    List<String> jars = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (name.startsWith("jersey-client-") || name.startsWith("jersey-common-")
          || name.startsWith("jakarta.ws.rs-api-") || name.startsWith("jakarta.inject-api-")
          || name.startsWith("jakarta.annotation-api-")
          || name.startsWith("osgi-resource-locator-")) {
        jars.add(entry);
      }
    }
    return String.join(java.io.File.pathSeparator, jars);
  }

  private static List<Row> rows(Map<String, List<Double>> millis) {
    double hello = Stats.median(millis.get("hello"));
    String floor = "JVM hello-world";
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("B4 CLI", "./phonelock lock, as shipped (launcher, its AppCDS archive)", "ms",
        Stats.median(millis.get("launcher")), floor, hello, Row.Goal.ratioAtMost(8)));
    rows.add(new Row("B4 CLI", "phonelock lock, jar without archive", "ms",
        Stats.median(millis.get("phonelock")), "smallest Jersey PUT program (no CDS)",
        Stats.median(millis.get("jersey")), Row.Goal.ratioAtMost(1.10)));
    rows.add(new Row("B4 CLI", "smallest Jersey PUT program (no CDS)", "ms",
        Stats.median(millis.get("jersey")), floor, hello, Row.Goal.NONE));
    rows.add(new Row("B4 CLI", "phonelock lock, jar without archive", "ms",
        Stats.median(millis.get("phonelock")), floor, hello, Row.Goal.NONE));
    rows.add(new Row("B4 CLI", "phonelock lock + AppCDS archive", "ms",
        Stats.median(millis.get("phonelock+cds")), floor, hello, Row.Goal.NONE));
    rows.add(new Row("B4 CLI", "phonelock lock + AppCDS + C1 only + SerialGC", "ms",
        Stats.median(millis.get("phonelock+cds+quick")), floor, hello, Row.Goal.NONE));
    rows.add(new Row("B4 CLI", "same request, smallest Java client (HttpURLConnection)", "ms",
        Stats.median(millis.get("minimal")), floor, hello, Row.Goal.NONE));
    rows.add(new Row("B4 CLI", "same request, smallest Java client + AppCDS", "ms",
        Stats.median(millis.get("minimal+cds")), floor, hello, Row.Goal.NONE));
    rows.add(new Row("B4 CLI", "./phonelock lock, as shipped", "ms",
        Stats.median(millis.get("launcher")), "curl", Stats.median(millis.get("curl")),
        Row.Goal.NONE));
    return rows;
  }

  /** The hello-world runs from the class directory: the barest JVM start there is. */
  private static String classesDirectory() {
    try {
      return Path.of(Hello.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException("cannot locate the benchmark classes", e);
    }
  }

  /**
   * Puts the smallest client in a jar of its own: AppCDS archives only classes from jars, and a
   * one-class jar keeps it as small as it goes.
   */
  private static String floorJar(Path jar) throws IOException {
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (Class<?> type : List.of(MinimalPut.class, JerseyPut.class)) {
        String entry = type.getName().replace('.', '/') + ".class";
        out.putNextEntry(new JarEntry(entry));
        try (InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return jar.toString();
  }
}
