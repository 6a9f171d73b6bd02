package org.phonelock.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CA file the HTTP client cannot use is refused before anything is sent, in one line that
 * names where the CA file was set (flag, variable, or profile file and line): through the real
 * wiring, whose client factory knows the client's {@code CaFileException}. The server address is
 * never contacted: the client refuses the CA file while it is being built.
 */
class CaFileSourceTest {
  @TempDir Path folder;

  private CapturedOutput.Run lock(Map<String, String> environment, String... flags) {
    Map<String, String> env = new HashMap<>(environment);
    env.put("PHONELOCK_PASSWORD", "pw");
    String[] args = new String[flags.length + 7];
    System.arraycopy(new String[] {"lock", "--server", "https://127.0.0.1:9", "--user", "admin",
        "--department", "R&D"}, 0, args, 0, 7);
    System.arraycopy(flags, 0, args, 7, flags.length);
    return CapturedOutput.run(env, folder.resolve("config"), args);
  }

  private static void assertRefused(CapturedOutput.Run run, String... named) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("\tat ")
        .doesNotContain("Exception").contains(named);
  }

  @Test
  void aProfilesUnreadableCaFileNamesTheProfileAndLine() throws Exception {
    Path config = Files.createDirectories(folder.resolve("config")).resolve("config.yaml");
    Files.writeString(config, String.join("\n", "profiles:", "  default:",
        "    ca-file: missing-ca.pem", ""), StandardCharsets.UTF_8);
    assertRefused(lock(Map.of()), "phonelock lock: ca-file (profile 'default', " + config + ":3):"
        + " cannot read CA file " + config.resolveSibling("missing-ca.pem") + ": no such file");
  }

  @Test
  void aCaFileWithoutCertificateNamesTheVariable() throws Exception {
    Path empty = Files.writeString(folder.resolve("empty.pem"), "not a certificate\n");
    assertRefused(lock(Map.of("PHONELOCK_CA_FILE", empty.toString())),
        "PHONELOCK_CA_FILE: CA file " + empty + " holds no certificate");
  }

  @Test
  void aFifoAsCaFileIsRefusedAtOnceNamingTheFlag() throws Exception {
    Path fifo = org.phonelock.adapters.cli.Fifos.make(folder.resolve("ca.fifo"));
    assertRefused(lock(Map.of(), "--ca-file", fifo.toString()), "phonelock lock: --ca-file: CA"
        + " file " + fifo + " is not a regular file (a FIFO, socket or device); give a PEM file");
  }

  @Test
  void aCaFileWithInsecureNamesTheFlag() throws Exception {
    Path empty = Files.writeString(folder.resolve("ca.pem"), "");
    assertRefused(lock(Map.of(), "--ca-file", empty.toString(), "--insecure"),
        "--ca-file: both a CA file (" + empty + ") and insecure mode are set");
  }
}
