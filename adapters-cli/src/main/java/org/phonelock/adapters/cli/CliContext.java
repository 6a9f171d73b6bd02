package org.phonelock.adapters.cli;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The process surroundings a command may use: environment variables, standard streams, the
 * terminal and the config directory. Injected so that tests can run commands without touching the
 * real process or the user's home.
 *
 * @param environment the environment variables
 * @param stdin standard input (for {@code --password-stdin})
 * @param out standard output: results only
 * @param err standard error: errors, warnings, prompts
 * @param terminal reads a password without echo, when a terminal is attached
 * @param configDirectory the folder of the profiles file ({@link #platformConfigDirectory});
 *     empty: no profiles are read
 */
public record CliContext(
    Map<String, String> environment,
    InputStream stdin,
    PrintWriter out,
    PrintWriter err,
    PasswordPrompt terminal,
    Optional<Path> configDirectory) {

  public CliContext {
    requireNonNull(environment, "environment");
    requireNonNull(stdin, "stdin");
    requireNonNull(out, "out");
    requireNonNull(err, "err");
    requireNonNull(terminal, "terminal");
    requireNonNull(configDirectory, "configDirectory");
  }

  /**
   * Surroundings without a config directory: no profiles file is read.
   *
   * @param stdin standard input
   * @param out standard output
   * @param err standard error
   */
  public CliContext(
      Map<String, String> environment,
      InputStream stdin,
      PrintWriter out,
      PrintWriter err,
      PasswordPrompt terminal) {
    this(environment, stdin, out, err, terminal, Optional.empty());
  }

  /**
   * The platform's config directory ({@code os.name} decides): {@code %APPDATA%\phonelock} on
   * Windows; elsewhere {@code $XDG_CONFIG_HOME/phonelock}, or {@code ~/.config/phonelock} when
   * that variable is unset, empty or not absolute (the XDG Base Directory specification ignores
   * relative ones).
   */
  public static Path platformConfigDirectory(Map<String, String> environment, String osName,
      Path userHome) {
    if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
      return absolute(environment.get("APPDATA"))
          .orElse(userHome.resolve("AppData").resolve("Roaming")).resolve("phonelock");
    }
    return absolute(environment.get("XDG_CONFIG_HOME")).orElse(userHome.resolve(".config"))
        .resolve("phonelock");
  }

  private static Optional<Path> absolute(String value) {
    try {
      return Optional.ofNullable(value).filter(v -> !v.isEmpty()).map(Path::of)
          .filter(Path::isAbsolute);
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * Prints a line on standard error and flushes it at once: progress (a retry's wait, a
   * schedule's start and stop) must show before the wait it announces, not when the buffer fills.
   */
  public void errLine(String line) {
    err.println(line);
    err.flush();
  }

  /** Reads a password from a terminal without echoing it. */
  @FunctionalInterface
  public interface PasswordPrompt {
    /**
     * Asks for a password.
     *
     * @param prompt the text shown before the input, e.g. {@code Password for admin: }
     * @return the typed password, or empty when no terminal is attached
     */
    Optional<char[]> readPassword(String prompt);

    /**
     * The prompt of the real process: {@link System#console()}, when there is one.
     *
     * @return a prompt that answers empty when the process has no console
     */
    static PasswordPrompt systemConsole() {
      return prompt ->
          Optional.ofNullable(System.console())
              .map(console -> console.readPassword("%s", prompt));
    }
  }
}
