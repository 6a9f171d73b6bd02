package org.phonelock.adapters.fakeserver.junit;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.phonelock.adapters.fakeserver.DirectoryFormatException;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.UserDirectory;

/**
 * Where the users of a test's fake server come from; read each time a server starts, so a
 * malformed file fails the tests that need it, with file, line and reason (api-contract.md, "The
 * user directory").
 */
final class DirectorySource {
  /** Reads a directory with the test class's class loader at hand. */
  @FunctionalInterface
  private interface Loader {
    UserDirectory load(ClassLoader classLoader) throws DirectoryFormatException, IOException;
  }

  private final String description;
  private final Loader loader;
  private final boolean sample;

  private DirectorySource(String description, Loader loader) {
    this(description, loader, false);
  }

  private DirectorySource(String description, Loader loader, boolean sample) {
    this.description = description;
    this.loader = loader;
    this.sample = sample;
  }

  static DirectorySource sample() {
    return new DirectorySource("the sample directory", classLoader -> UserDirectory.sample(), true);
  }

  static DirectorySource of(UserDirectory directory) {
    requireNonNull(directory, "directory");
    return new DirectorySource(directory.toString(), classLoader -> directory);
  }

  static DirectorySource csvFile(Path file) {
    requireNonNull(file, "file");
    return new DirectorySource("CSV file " + file, classLoader -> UserDirectory.load(file));
  }

  static DirectorySource csvResource(String name) {
    requireNonNull(name, "name");
    String resource = name.startsWith("/") ? name.substring(1) : name;
    if (resource.isEmpty()) {
      throw new IllegalArgumentException("the CSV resource name is empty; give a class path"
          + " resource such as phonelock/users.csv");
    }
    return new DirectorySource("class path resource " + resource, classLoader -> {
      try (InputStream in = classLoader.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IOException("class path resource '" + resource + "' not found; put it under"
              + " src/test/resources/" + resource);
        }
        return UserDirectory.read(in, resource);
      }
    });
  }

  /**
   * The source {@link WithFakePhoneLockServer} names.
   *
   * @param settings the annotation
   * @return the CSV resource, the CSV file, or the sample directory when neither is set
   * @throws ExtensionConfigurationException when both are set
   */
  static DirectorySource of(WithFakePhoneLockServer settings) {
    boolean resource = !settings.csvResource().isEmpty();
    boolean file = !settings.csvFile().isEmpty();
    if (resource && file) {
      throw new ExtensionConfigurationException("@WithFakePhoneLockServer sets both csvResource ('"
          + settings.csvResource() + "') and csvFile ('" + settings.csvFile() + "'); set one");
    }
    if (resource) {
      return csvResource(settings.csvResource());
    }
    return file ? csvFile(Path.of(settings.csvFile())) : sample();
  }

  /**
   * Gives a server builder this directory.
   *
   * @param builder the builder
   * @param classLoader the loader of the test class, for class path resources
   * @return the builder
   * @throws ExtensionConfigurationException when the directory cannot be read or is malformed
   */
  FakePhoneLockServer.Builder applyTo(FakePhoneLockServer.Builder builder,
      ClassLoader classLoader) {
    // The sample is the builder's default, which it reads beside setting up its listener.
    return sample ? builder : builder.directory(load(classLoader));
  }

  /**
   * Reads the directory.
   *
   * @param classLoader the loader of the test class, for class path resources
   * @return the directory
   * @throws ExtensionConfigurationException when it cannot be read or is malformed
   */
  UserDirectory load(ClassLoader classLoader) {
    try {
      return loader.load(classLoader);
    } catch (DirectoryFormatException | IOException e) {
      throw new ExtensionConfigurationException(
          "cannot read the fake Phone Lock server's users from " + description + ": "
              + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return description;
  }
}
