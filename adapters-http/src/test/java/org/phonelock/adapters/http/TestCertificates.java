package org.phonelock.adapters.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A self-signed server certificate made with the JDK's {@code keytool} at test time: its PKCS12
 * key store (for the test server) and its PEM certificate (the CA file a client trusts).
 */
record TestCertificates(Path keyStore, Path pem) {
  private static final String PASSWORD = "changeit";

  /** Makes a certificate for {@code hostNames}, a keytool SAN list such as {@code dns:localhost}. */
  static TestCertificates create(Path dir, String name, String subjectAltNames)
      throws IOException, InterruptedException {
    Path keyStore = dir.resolve(name + ".p12");
    Path pem = dir.resolve(name + ".pem");
    keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
        "-dname", "CN=" + name, "-ext", "SAN=" + subjectAltNames, "-validity", "2",
        "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", PASSWORD,
        "-keypass", PASSWORD);
    keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", keyStore.toString(),
        "-storepass", PASSWORD, "-file", pem.toString());
    return new TestCertificates(keyStore, pem);
  }

  /** The server side: a TLS context presenting this certificate. */
  SSLContext serverContext() throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStore)) {
      store.load(in, PASSWORD.toCharArray());
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, PASSWORD.toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);
    return context;
  }

  String pemText() throws IOException {
    return Files.readString(pem, StandardCharsets.US_ASCII);
  }

  private static void keytool(String... args) throws IOException, InterruptedException {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    List<String> command = new java.util.ArrayList<>(List.of(keytool.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("keytool failed: " + output);
    }
  }
}
