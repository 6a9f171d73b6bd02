package org.phonelock.adapters.cli;

/** How {@code lock} and {@code unlock} print their outcome on standard output. */
public enum OutputFormat {
  /** One human-readable line. */
  TEXT,
  /** One JSON object. */
  JSON
}
