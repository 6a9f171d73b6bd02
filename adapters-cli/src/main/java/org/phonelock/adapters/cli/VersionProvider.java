package org.phonelock.adapters.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code phonelock --version}: the version and the commit the jar was built from, read from the
 * build-generated resource {@value #RESOURCE}.
 */
public final class VersionProvider implements IVersionProvider {
  static final String RESOURCE = "/org/phonelock/adapters/cli/version.properties";

  /**
   * Reads the version.
   *
   * @return one line: {@code phonelock VERSION (commit COMMIT)}
   * @throws IOException when the resource cannot be read
   */
  @Override
  public String[] getVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {
      "phonelock " + properties.getProperty("version", "unknown")
          + " (commit " + properties.getProperty("commit", "unknown") + ")"
    };
  }
}
