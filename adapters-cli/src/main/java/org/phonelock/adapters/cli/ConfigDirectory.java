package org.phonelock.adapters.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the profiles file lives on each platform (README, "Profiles"): {@code
 * %APPDATA%\phonelock} on Windows; elsewhere (Linux, macOS, other Unix) {@code
 * $XDG_CONFIG_HOME/phonelock}, or {@code ~/.config/phonelock} when that variable is unset, empty
 * or not an absolute path (the XDG Base Directory specification says to ignore relative ones).
 */
public final class ConfigDirectory {
  /** The name of the profiles file inside the config directory. */
  public static final String FILE_NAME = "config.yaml";

  private ConfigDirectory() {}

  /**
   * The config directory of this platform.
   *
   * @param environment the environment variables ({@code APPDATA}, {@code XDG_CONFIG_HOME})
   * @param osName the {@code os.name} system property, e.g. {@code Linux} or {@code Windows 11}
   * @param userHome the user's home folder ({@code user.home})
   * @return the folder; it may not exist
   */
  public static Path forPlatform(Map<String, String> environment, String osName, Path userHome) {
    if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
      Path appData = absolute(environment.get("APPDATA"));
      return (appData != null ? appData : userHome.resolve("AppData").resolve("Roaming"))
          .resolve("phonelock");
    }
    Path xdg = absolute(environment.get("XDG_CONFIG_HOME"));
    return (xdg != null ? xdg : userHome.resolve(".config")).resolve("phonelock");
  }

  private static Path absolute(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      Path path = Path.of(value);
      return path.isAbsolute() ? path : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
