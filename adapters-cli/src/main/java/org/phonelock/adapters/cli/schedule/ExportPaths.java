package org.phonelock.adapters.cli.schedule;

import java.io.File;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.phonelock.adapters.cli.InvalidInputException;

/**
 * The paths an export writes, by the rules of the OS that will run it. On the OS the export is
 * made on, a relative path is made absolute against the current folder. For another OS it is
 * taken exactly as typed when it is absolute there, and refused otherwise: the current folder of
 * this machine means nothing on that one, and this OS's path rules must not rewrite the other's
 * (on Linux {@code C:\phonelock\password.txt} is one relative file name, so it came out as
 * {@code /home/ann/C:\phonelock\password.txt}).
 */
final class ExportPaths {
  /** The OS family whose path rules apply. */
  enum Os {
    POSIX("a POSIX", "/etc/phonelock/password"),
    // Drive-absolute (C:\ or C:/) or UNC (\\server\share\): Microsoft, "Naming Files, Paths,
    // and Namespaces", https://learn.microsoft.com/windows/win32/fileio/naming-a-file
    WINDOWS("a Windows", "C:\\phonelock\\password.txt or \\\\server\\share\\password.txt");

    private static final Pattern WINDOWS_ABSOLUTE =
        Pattern.compile("[A-Za-z]:[\\\\/].*|\\\\\\\\[^\\\\/]+[\\\\/][^\\\\/]+([\\\\/].*)?",
            Pattern.DOTALL);

    private final String name;
    private final String example;

    Os(String name, String example) {
      this.name = name;
      this.example = example;
    }

    static Os of(String format) {
      return format.equals("windows-task") ? WINDOWS : POSIX;
    }

    static Os local() {
      return File.separatorChar == '\\' ? WINDOWS : POSIX;
    }

    boolean isAbsolute(String path) {
      return this == WINDOWS ? WINDOWS_ABSOLUTE.matcher(path).matches() : path.startsWith("/");
    }
  }

  private final Os target;
  private final Os local;
  private final String format;

  ExportPaths(String format, Os local) {
    this.target = Os.of(format);
    this.local = local;
    this.format = format;
  }

  boolean forAnotherOs() {
    return target != local;
  }

  /**
   * A path as the exported file must hold it.
   *
   * @param what the flag or argument it comes from, for the message
   * @throws InvalidInputException when it is relative and the export is for another OS
   */
  String path(String what, String typed) {
    if (!forAnotherOs()) {
      return Path.of(typed).toAbsolutePath().normalize().toString();
    }
    if (target.isAbsolute(typed)) {
      return typed;
    }
    throw new InvalidInputException(what + " " + ExportValues.quoted(typed) + " is not "
        + target.name + " absolute path; a " + format + " export runs on another OS, where a"
        + " path relative to this folder means nothing: give its absolute path there, e.g. "
        + target.example);
  }

  /**
   * The launcher to call: a bare name is looked up on the {@code PATH} of the machine that runs
   * it; a path with a folder follows {@link #path}, except that on this OS it is kept as typed.
   */
  String command(String typed) {
    boolean bare = typed.indexOf('/') < 0 && typed.indexOf('\\') < 0;
    return bare || !forAnotherOs() ? typed : path("--command", typed);
  }
}
