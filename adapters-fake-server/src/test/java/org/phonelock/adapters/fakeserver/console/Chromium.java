package org.phonelock.adapters.fakeserver.console;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * Debian's headless Chromium driven through its chromedriver ({@code apt-get install chromium
 * chromium-driver}; .ci/browser-check installs them). chromedriver is started here with {@code
 * --port=0} and its chosen port read from its first lines, so no port is picked in advance and
 * freed. Fails, never skips, when either program is missing or does not start.
 */
final class Chromium implements AutoCloseable {
  private static final Pattern STARTED = Pattern.compile("started successfully on port (\\d+)");

  private final Process chromedriver;
  private final Path profile;
  final RemoteWebDriver driver;

  private Chromium(Process chromedriver, Path profile, RemoteWebDriver driver) {
    this.chromedriver = chromedriver;
    this.profile = profile;
    this.driver = driver;
  }

  static Chromium start(int width, int height) throws IOException {
    String binary = System.getenv().getOrDefault("PHONELOCK_CHROMIUM", "/usr/bin/chromium");
    String driverBinary =
        System.getenv().getOrDefault("PHONELOCK_CHROMEDRIVER", "/usr/bin/chromedriver");
    for (String program : List.of(binary, driverBinary)) {
      if (!Files.isExecutable(Path.of(program))) {
        throw new IllegalStateException(program + " is missing: install Debian's chromium and"
            + " chromium-driver (bash .ci/browser-check does), or set PHONELOCK_CHROMIUM and"
            + " PHONELOCK_CHROMEDRIVER");
      }
    }
    Process process = new ProcessBuilder(driverBinary, "--port=0").redirectErrorStream(true)
        .start();
    Path profile = Files.createTempDirectory("phonelock-chromium-");
    try {
      int port = port(process);
      ChromeOptions options = new ChromeOptions().setBinary(binary).addArguments(
          "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--window-size=" + width + "," + height,
          "--user-data-dir=" + profile);
      RemoteWebDriver driver =
          new RemoteWebDriver(new URL("http://127.0.0.1:" + port + "/"), options);
      return new Chromium(process, profile, driver);
    } catch (IOException | RuntimeException e) {
      process.destroy();
      throw e;
    }
  }

  /** Reads chromedriver's output up to the line that names its port; then keeps draining it. */
  private static int port(Process process) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
    List<String> seen = new ArrayList<>();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      seen.add(line);
      Matcher started = STARTED.matcher(line);
      if (started.find()) {
        Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }), "chromedriver-out");
        drain.setDaemon(true);
        drain.start();
        return Integer.parseInt(started.group(1));
      }
    }
    throw new IllegalStateException("chromedriver ended without starting: " + seen);
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      chromedriver.destroy();
      try {
        chromedriver.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }
}
