package org.phonelock.adapters.cli.schedule;

import static java.util.Objects.requireNonNull;

/**
 * One file an export produces.
 *
 * @param name the file name to save it as, e.g. {@code phonelock-night.timer}
 * @param text the content
 * @param utf16 true when it must be saved as UTF-16 with a byte order mark (Task Scheduler XML,
 *     as Windows writes it), false for UTF-8
 */
public record ExportedFile(String name, String text, boolean utf16) {
  public ExportedFile {
    requireNonNull(name, "name");
    requireNonNull(text, "text");
  }
}
