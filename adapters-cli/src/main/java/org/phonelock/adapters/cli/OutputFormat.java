package org.phonelock.adapters.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/** How {@code lock}, {@code unlock} and {@code schedule run} print their outcome on standard output. */
public enum OutputFormat {
  /** One human-readable line. */
  TEXT,
  /** One JSON object. */
  JSON;

  /**
   * The names as typed ({@code text json}), for shell completion: picocli would offer the
   * constants' names, in upper case.
   */
  public static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).iterator();
    }
  }
}
