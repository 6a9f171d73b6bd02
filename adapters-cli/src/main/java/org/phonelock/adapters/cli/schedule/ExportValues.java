package org.phonelock.adapters.cli.schedule;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.phonelock.adapters.cli.InvalidInputException;

/**
 * Refuses, before anything is written, a value that the exported file could not hold as it is:
 * a control character would split a crontab line or a unit file setting in two, and some
 * characters have no escape in one format.
 */
final class ExportValues {
  private static final String CONTROLS = "control characters (U+0000 to U+001F, U+007F to"
      + " U+009F, U+2028, U+2029)";

  private ExportValues() {}

  /**
   * Checks every value that goes into the files of {@code format}.
   *
   * @throws InvalidInputException naming the first value refused and what is accepted
   */
  static void check(ExportRequest request, String format) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("the schedule file path", request.schedulePath());
    values.put("--command", request.executable());
    request.state().ifPresent(p -> values.put("--state", p));
    request.auditLog().ifPresent(p -> values.put("--audit-log", p));
    request.passwordFile().ifPresent(p -> values.put("--password-file", p));
    values.forEach((name, value) -> {
      refusal(name, value, format).ifPresent(reason -> {
        throw new InvalidInputException(name + " " + quoted(value) + " " + reason);
      });
    });
  }

  private static Optional<String> refusal(String name, String value, String format) {
    Optional<Integer> control = value.codePoints().filter(ExportValues::isControl).boxed()
        .findFirst();
    if (control.isPresent()) {
      return Optional.of(String.format("holds the control character U+%04X, which a %s file"
          + " cannot hold; accepted: any text without %s", control.get(), format, CONTROLS));
    }
    if (format.equals("systemd") && name.equals("--command")
        && !value.isEmpty() && "@-:+!".indexOf(value.charAt(0)) >= 0) {
      // systemd.service(5), "Command lines": these prefixes change how ExecStart= runs.
      return Optional.of("starts with a character that systemd reads as an ExecStart= prefix;"
          + " accepted: an absolute path");
    }
    if (format.equals("systemd") && value.endsWith("\\")) {
      // systemd.syntax(7): a line ending in a backslash is joined with the next.
      return Optional.of("ends with a backslash, which systemd would join with the next line;"
          + " accepted: a path that does not end with \\");
    }
    if (format.equals("windows-task") && (value.contains("%") || value.contains("\""))) {
      // Task Scheduler expands %NAME% in Command and Arguments, and the launcher phonelock.cmd
      // runs under cmd.exe, which expands it even in quotes: neither has an escape for it.
      return Optional.of("holds % or \", which a Windows task cannot pass on unchanged;"
          + " accepted: a path without % and \"");
    }
    return Optional.empty();
  }

  static boolean isControl(int codePoint) {
    return codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)
        || codePoint == 0x2028 || codePoint == 0x2029;
  }

  /** In single quotes, with control characters and the quote written as escapes. */
  static String quoted(String value) {
    StringBuilder text = new StringBuilder("'");
    value.codePoints().forEach(c -> {
      if (isControl(c) || c == '\'' || c == '\\') {
        text.append(c == '\\' ? "\\\\" : c == '\'' ? "\\'" : String.format("\\u%04X", c));
      } else {
        text.appendCodePoint(c);
      }
    });
    return text.append('\'').toString();
  }
}
