package org.phonelock.adapters.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The TLS settings for {@code https://} servers (api-contract.md, "Endpoints": https must work):
 * the JDK's system trust store by default, the certificates of a CA file instead (like {@code curl
 * --cacert}), or, on explicit request only, no verification at all.
 */
final class TlsContexts {
  /**
   * The largest CA file read, in bytes. CA bundles are far smaller (the Mozilla bundle is about
   * 220 KiB); the cap keeps {@code /dev/zero} or a wrong path from hanging or filling memory.
   */
  static final int MAX_CA_FILE_BYTES = 1024 * 1024;

  /** Accepts any host name; only for {@link #trustingEverything()}. */
  static final HostnameVerifier ANY_HOST_NAME = (hostName, session) -> true;

  private TlsContexts() {}

  /**
   * A context trusting exactly the certificates in a CA file; host names are still verified.
   *
   * @param pem a file of one or more PEM certificates ({@code -----BEGIN CERTIFICATE-----}); text
   *     between certificates, as in CA bundles, is ignored
   * @return the context
   * @throws UncheckedIOException naming the file when it cannot be read
   * @throws IllegalArgumentException naming the file when it holds no X.509 certificate or is
   *     larger than {@link #MAX_CA_FILE_BYTES}
   */
  static SSLContext trusting(Path pem) {
    Collection<? extends Certificate> certificates = readCertificates(pem);
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int index = 0;
      for (Certificate certificate : certificates) {
        store.setCertificateEntry("ca-" + index++, certificate);
      }
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      return context(factory.getTrustManagers());
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot build a trust store from CA file " + pem, e);
    }
  }

  /**
   * A context that accepts any certificate. Use with {@link #ANY_HOST_NAME}: together they turn
   * TLS verification off, which only an explicit "insecure" choice may do.
   *
   * @return the context
   */
  static SSLContext trustingEverything() {
    return context(new TrustManager[] {new TrustEverything()});
  }

  private static Collection<? extends Certificate> readCertificates(Path pem) {
    if (Files.isDirectory(pem)) {
      throw new CaFileException("CA file " + pem + " is a directory; give a PEM file");
    }
    // Opening a FIFO with no writer waits for ever, and a device may never end: checked before
    // the file is opened.
    if (Files.exists(pem) && !Files.isRegularFile(pem)) {
      throw new CaFileException("CA file " + pem + " is not a regular file (a FIFO, socket or"
          + " device); give a PEM file");
    }
    try (InputStream in = Files.newInputStream(pem)) {
      byte[] bytes = in.readNBytes(MAX_CA_FILE_BYTES + 1);
      if (bytes.length > MAX_CA_FILE_BYTES) {
        throw new CaFileException("CA file " + pem + " is larger than the limit of "
            + MAX_CA_FILE_BYTES + " bytes (1 MiB); give a PEM file of CA certificates");
      }
      Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
          .generateCertificates(new java.io.ByteArrayInputStream(bytes));
      if (certificates.isEmpty()) {
        throw notPem(pem, null);
      }
      return certificates;
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UncheckedIOException("cannot read CA file " + pem + ": no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CA file " + pem + ": " + e.getMessage(), e);
    } catch (CertificateException e) {
      throw notPem(pem, e);
    }
  }

  private static CaFileException notPem(Path pem, Exception cause) {
    CaFileException refusal = new CaFileException(
        "CA file " + pem + " holds no certificate; accepted: a file of one or more PEM"
            + " certificates (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----)");
    refusal.initCause(cause);
    return refusal;
  }

  private static SSLContext context(TrustManager[] trustManagers) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trustManagers, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK offers no TLS context", e);
    }
  }

  /**
   * Extended, not plain, so that the JDK adds no endpoint identification of its own on top: the
   * insecure mode must accept a certificate for another host name too.
   */
  private static final class TrustEverything extends X509ExtendedTrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
