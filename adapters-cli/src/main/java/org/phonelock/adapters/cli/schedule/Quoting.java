package org.phonelock.adapters.cli.schedule;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Quotes command-line arguments for each scheduler, so that any path survives its parser. */
final class Quoting {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@+=:,./-]+");

  private Quoting() {}

  static String join(List<String> arguments, UnaryOperator<String> quote) {
    return arguments.stream().map(quote).collect(Collectors.joining(" "));
  }

  /** A POSIX shell word: as is when plain, else in single quotes. */
  static String shell(String argument) {
    return PLAIN.matcher(argument).matches() ? argument
        : "'" + argument.replace("'", "'\\''") + "'";
  }

  /** A crontab word: cron turns an unescaped {@code %} into a newline (crontab(5)). */
  static String cron(String argument) {
    return shell(argument).replace("%", "\\%");
  }

  /**
   * A word of a systemd {@code ExecStart=} line (systemd.service(5), "Command lines"): double
   * quotes with C-style escapes; {@code %} starts a specifier and {@code $} a variable, so they
   * are doubled.
   */
  static String systemd(String argument) {
    String word = PLAIN.matcher(argument).matches() ? argument
        : "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    return word.replace("%", "%%").replace("$", "$$");
  }

  /**
   * A Windows command-line word (CommandLineToArgvW rules): in double quotes when it holds a
   * space, with backslashes before the closing quote doubled. Windows paths cannot hold {@code "}.
   */
  static String windows(String argument) {
    if (!argument.isEmpty() && !argument.contains(" ") && !argument.contains("\t")) {
      return argument;
    }
    int trailing = 0;
    while (trailing < argument.length()
        && argument.charAt(argument.length() - 1 - trailing) == '\\') {
      trailing++;
    }
    return "\"" + argument + "\\".repeat(trailing) + "\"";
  }
}
