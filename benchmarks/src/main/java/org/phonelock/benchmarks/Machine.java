package org.phonelock.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/** What the figures were measured on: the machine, the JVM and the peers' versions. */
final class Machine {
  private Machine() {}

  /**
   * One line about the machine.
   *
   * @return e.g. {@code 2 cores (AMD EPYC ...), 23.4 GiB, Linux 6.1, load average 1.02}
   */
  static String describe() {
    String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU");
    String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal")
        .map(kb -> String.format(Locale.ROOT, "%.1f GiB",
            Long.parseLong(kb.replace("kB", "").trim()) / 1024.0 / 1024.0))
        .orElse("unknown memory");
    return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory + ", "
        + System.getProperty("os.name") + " " + System.getProperty("os.version")
        + ", load average at start " + loadAverage();
  }

  /**
   * The JVM running the benchmarks and the CLI.
   *
   * @return e.g. {@code OpenJDK 64-Bit Server VM 17.0.15+6-Debian-1deb12u1}
   */
  static String jvm() {
    return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
  }

  /**
   * A version of a library the benchmarks use.
   *
   * @param name {@code wiremock} or {@code jmh}
   * @return its version, as in the parent POM
   */
  static String version(String name) {
    Properties versions = new Properties();
    try (InputStream in = Machine.class.getResourceAsStream("versions.properties")) {
      versions.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return versions.getProperty(name, "?");
  }

  /**
   * The 1-minute load average, a sign of how noisy the figures are.
   *
   * @return e.g. {@code 0.52}, or {@code ?}
   */
  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }

  private static Optional<String> firstValue(Path file, String key) {
    try {
      List<String> lines = Files.readAllLines(file);
      return lines.stream().filter(l -> l.startsWith(key)).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).trim());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
