package org.phonelock.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each platform's config directory (README, "Profiles"). */
class ConfigDirectoryTest {
  private static final Path HOME = Path.of("/home/ann");

  @Test
  void linuxUsesXdgConfigHome() {
    assertThat(CliContext.platformConfigDirectory(Map.of("XDG_CONFIG_HOME", "/cfg"), "Linux", HOME))
        .isEqualTo(Path.of("/cfg/phonelock"));
  }

  @Test
  void linuxFallsBackToDotConfigWhenXdgConfigHomeIsUnsetEmptyOrRelative() {
    Path expected = Path.of("/home/ann/.config/phonelock");
    assertThat(CliContext.platformConfigDirectory(Map.of(), "Linux", HOME)).isEqualTo(expected);
    assertThat(CliContext.platformConfigDirectory(Map.of("XDG_CONFIG_HOME", ""), "Linux", HOME))
        .isEqualTo(expected);
    assertThat(CliContext.platformConfigDirectory(Map.of("XDG_CONFIG_HOME", "rel/cfg"), "Linux", HOME))
        .isEqualTo(expected);
  }

  @Test
  void macOsFollowsTheSameRuleAsLinux() {
    assertThat(CliContext.platformConfigDirectory(Map.of(), "Mac OS X", HOME))
        .isEqualTo(Path.of("/home/ann/.config/phonelock"));
  }

  @Test
  void windowsUsesAppData() {
    // Path.of on this (POSIX) test machine: an absolute POSIX path stands in for C:\...
    assertThat(CliContext.platformConfigDirectory(
            Map.of("APPDATA", "/Users/ann/AppData/Roaming", "XDG_CONFIG_HOME", "/cfg"),
            "Windows 11", HOME))
        .isEqualTo(Path.of("/Users/ann/AppData/Roaming/phonelock"));
  }

  @Test
  void windowsWithoutAppDataUsesTheRoamingFolderOfTheHome() {
    assertThat(CliContext.platformConfigDirectory(Map.of(), "Windows 10", HOME))
        .isEqualTo(Path.of("/home/ann/AppData/Roaming/phonelock"));
  }
}
