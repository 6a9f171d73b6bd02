package org.phonelock.adapters.http;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the JDK's HTTP client from logging secrets. Jersey's default connector is {@code
 * HttpURLConnection}, which logs every request header, {@code Authorization} included, at level
 * FINE on the java.util.logging logger {@value #LOGGER}. Whoever turns on fine logging (a logging
 * config file, {@code -Djava.util.logging.config.file}) would then see the Basic authentication
 * value; the project rule is that secrets never appear in logs, so that logger is held at INFO.
 */
final class JdkHttpLogging {
  static final String LOGGER = "sun.net.www.protocol.http.HttpURLConnection";

  // A strong reference: java.util.logging forgets the level of a logger nobody holds.
  private static final Logger HTTP_URL_CONNECTION = Logger.getLogger(LOGGER);

  private JdkHttpLogging() {}

  /** Caps the JDK HTTP client's logger at INFO, where it logs no header. Idempotent. */
  static void neverLogHeaders() {
    HTTP_URL_CONNECTION.setLevel(Level.INFO);
  }
}
