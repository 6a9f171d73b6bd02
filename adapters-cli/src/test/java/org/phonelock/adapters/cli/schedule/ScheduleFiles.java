package org.phonelock.adapters.cli.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes schedule files for tests. */
public final class ScheduleFiles {
  /** The schedule of issue "Schedules", "What to build", with the server left to fill in. */
  public static final String ISSUE_EXAMPLE = String.join("\n",
      "timezone: Europe/Rome",
      "server: SERVER",
      "user: USER",
      "jobs:",
      "  - name: rd-night",
      "    action: lock",
      "    cron: \"0 19 * * MON-FRI\"",
      "    filters: { department: \"R&D\" }",
      "  - name: rd-morning",
      "    action: unlock",
      "    cron: \"30 7 * * MON-FRI\"",
      "    filters: { department: \"R&D\", customField1: \"Example1\" }",
      "");

  private ScheduleFiles() {}

  /** The issue's example for a server and user. */
  public static String issueExample(String server, String user) {
    return ISSUE_EXAMPLE.replace("SERVER", server).replace("USER", user);
  }

  /** Writes {@code text} as UTF-8 with mode 600. */
  public static Path write(Path directory, String name, String text) {
    return write(directory, name, text, "rw-------");
  }

  /** Writes {@code text} as UTF-8 with the given POSIX mode, e.g. {@code rw-r--r--}. */
  public static Path write(Path directory, String name, String text, String mode) {
    try {
      Path file = directory.resolve(name);
      Files.writeString(file, text, StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
