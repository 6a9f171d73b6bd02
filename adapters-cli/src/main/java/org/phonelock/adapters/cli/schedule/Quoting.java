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

  /**
   * A crontab word: cron turns an unescaped {@code %} into a newline and drops the backslash of
   * {@code \%} (crontab(5)); any backslash escapes the character after it, so a {@code %} right
   * after a backslash of the path is written outside the quotes, after closing them.
   */
  static String cron(String argument) {
    String word = shell(argument);
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '%') {
        line.append(i > 0 && word.charAt(i - 1) == '\\' ? "'\\%'" : "\\%");
      } else {
        line.append(c);
      }
    }
    return line.toString();
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
   * space or a cmd.exe operator, with backslashes before the closing quote doubled. Windows
   * paths cannot hold {@code "}; {@link ExportValues} refuses it, and {@code %}.
   */
  static String windows(String argument) {
    // cmd.exe, which runs the launcher phonelock.cmd, reads these as operators outside quotes.
    if (!argument.isEmpty() && argument.chars().noneMatch(c -> " \t&|<>^()".indexOf(c) >= 0)) {
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
