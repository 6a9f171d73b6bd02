package org.phonelock.adapters.http;

/**
 * The CA file given to {@link PhoneLockClient.Builder#caFile} cannot be used: a directory, too
 * large, no certificate in it, or set together with insecure mode or for an {@code http://}
 * server. Thrown by {@link PhoneLockClient.Builder#build} before anything is sent; the message
 * names the file. A CA file that cannot be read is an {@link java.io.UncheckedIOException}
 * instead.
 */
public final class CaFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  CaFileException(String message) {
    super(message);
  }
}
