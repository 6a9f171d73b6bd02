package org.phonelock.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.out.PhoneLockServerUnavailableException;
import org.phonelock.domain.Credentials;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;

/** https with self-signed certificates made at test time. */
class TlsTest {
  private static final Credentials CREDENTIALS = new Credentials("admin", "S3cret-Pässwörd");

  @TempDir static Path dir;
  private static TestCertificates localhost;
  private static TestCertificates otherHost;
  private static CaptureServer server;
  private static CaptureServer otherHostServer;

  private final List<Duration> waits = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    localhost = TestCertificates.create(dir, "localhost", "dns:localhost,ip:127.0.0.1");
    otherHost = TestCertificates.create(dir, "other.example", "dns:other.example");
    server = CaptureServer.https(localhost.serverContext());
    otherHostServer = CaptureServer.https(otherHost.serverContext());
  }

  @AfterAll
  static void stop() {
    server.close();
    otherHostServer.close();
  }

  private PhoneLockResult lock(CaptureServer target, PhoneLockClient.Builder builder) {
    try (PhoneLockClient client = builder.sleeper(waits::add).build()) {
      return client.port().apply(PhoneLockAction.LOCK, Filter.none());
    } finally {
      target.take();
    }
  }

  private static PhoneLockClient.Builder builder(CaptureServer target) {
    return PhoneLockClient.builder(target.uri(), CREDENTIALS);
  }

  @Test
  void trustsTheServerThroughItsCaFile() {
    assertThat(lock(server, builder(server).caFile(localhost.pem())))
        .isInstanceOf(PhoneLockResult.Applied.class);
  }

  @Test
  void trustsACaBundleWithCommentsAndSeveralCertificates() throws Exception {
    Path bundle = dir.resolve("bundle.pem");
    Files.writeString(
        bundle,
        "# other host\n" + otherHost.pemText() + "\n# localhost\n" + localhost.pemText(),
        StandardCharsets.US_ASCII);
    assertThat(lock(server, builder(server).caFile(bundle)))
        .isInstanceOf(PhoneLockResult.Applied.class);
  }

  @Test
  void refusesASelfSignedServerByDefaultWithoutRetrying() {
    assertThatThrownBy(() -> lock(server, builder(server)))
        .isInstanceOf(PhoneLockServerUnavailableException.class)
        .hasMessageContaining("PUT " + server.uri() + "/fw/Apps/StoneLock/WebAPI/Phones/Lock")
        .hasMessageContaining("after 1 try")
        .hasMessageContaining("give its CA file")
        .hasCauseInstanceOf(SSLHandshakeException.class);
    assertThat(waits).isEmpty();
  }

  @Test
  void stillChecksTheHostNameWithACaFile() {
    assertThatThrownBy(() -> lock(otherHostServer, builder(otherHostServer).caFile(otherHost.pem())))
        .isInstanceOf(PhoneLockServerUnavailableException.class)
        .hasCauseInstanceOf(SSLHandshakeException.class)
        .hasStackTraceContaining("No subject alternative names matching IP address 127.0.0.1");
  }

  @Test
  void insecureModeAcceptsAnyCertificateAndHostName() {
    assertThat(lock(server, builder(server).insecure(true))).isInstanceOf(PhoneLockResult.Applied.class);
    assertThat(lock(otherHostServer, builder(otherHostServer).insecure(true)))
        .isInstanceOf(PhoneLockResult.Applied.class);
  }

  @Test
  void refusesACaFileTogetherWithInsecureMode() {
    assertThatThrownBy(() -> builder(server).caFile(localhost.pem()).insecure(true).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(localhost.pem().toString())
        .hasMessageContaining("choose one");
  }

  @Test
  void refusesACaFileForAnHttpServer() {
    assertThatThrownBy(
            () ->
                PhoneLockClient.builder(java.net.URI.create("http://127.0.0.1:9"), CREDENTIALS)
                    .caFile(localhost.pem())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("uses http")
        .hasMessageContaining("use an https:// URL or drop the CA file");
  }

  @Test
  void aMissingCaFileIsNamed() {
    Path missing = dir.resolve("missing.pem");
    assertThatThrownBy(() -> builder(server).caFile(missing).build())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot read CA file " + missing + ": no such file");
  }

  @Test
  void aDirectoryAsCaFileIsNamed() {
    assertThatThrownBy(() -> builder(server).caFile(dir).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CA file " + dir + " is a directory");
  }

  @Test
  void aCaFileWithoutCertificatesIsNamed() throws Exception {
    Path garbage = dir.resolve("garbage.pem");
    Files.writeString(garbage, "not a certificate\n");
    Path empty = dir.resolve("empty.pem");
    Files.writeString(empty, "");
    for (Path file : List.of(garbage, empty, localhost.keyStore())) {
      assertThatThrownBy(() -> builder(server).caFile(file).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("CA file " + file + " holds no certificate")
          .hasMessageContaining("PEM");
    }
  }

  @Test
  void aCaFileOverTheLimitIsRefusedBeforeParsingNamingFileAndLimit() throws Exception {
    // A real bundle followed by padding: still refused, because the cap is checked first.
    Path oversized = dir.resolve("oversized.pem");
    Files.write(oversized, Files.readAllBytes(localhost.pem()));
    Files.write(oversized, new byte[TlsContexts.MAX_CA_FILE_BYTES], java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> builder(server).caFile(oversized).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CA file " + oversized
            + " is larger than the limit of 1048576 bytes");
  }

  @Test
  void aCaFileThatIsNotARegularFileIsRefusedBeforeItIsOpened() throws Exception {
    // A FIFO with no writer: opening it would wait for ever.
    Path fifo = dir.resolve("ca.fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertThat(mkfifo.waitFor()).as("mkfifo " + fifo).isZero();
    List<Path> files = new java.util.ArrayList<>(List.of(fifo));
    Path endless = Path.of("/dev/zero");
    if (Files.exists(endless)) {
      files.add(endless); // a device that never ends
    }
    for (Path file : files) {
      assertThatThrownBy(() -> builder(server).caFile(file).build())
          .isInstanceOf(CaFileException.class)
          .hasMessage("CA file " + file + " is not a regular file (a FIFO, socket or device);"
              + " give a PEM file");
    }
  }
}
