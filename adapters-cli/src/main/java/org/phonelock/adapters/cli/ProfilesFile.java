package org.phonelock.adapters.cli;

import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads the profiles file, UTF-8 YAML of this shape (README, "Profiles"):
 *
 * <pre>
 * profiles:
 *   prod:
 *     server: https://ias.example.com
 *     user: phonelock-svc
 *     timeout: 30
 * </pre>
 *
 * <p>Anything else is refused with the file and line ({@link ProfileEvents}). Error messages
 * never hold a value from the file, since one may be a password.
 */
final class ProfilesFile {
  private ProfilesFile() {}

  /**
   * Reads every profile of a file.
   *
   * @param file the profiles file; it must exist
   * @return profile name to profile, in file order; empty for an empty file
   * @throws InvalidInputException naming the file and, where there is one, the line, when the
   *     file cannot be read, is not UTF-8, is not YAML or does not have the shape above
   */
  static Map<String, Profile> load(Path file) {
    String text = YamlFiles.read(file);
    try {
      // A full syntax pass first: the shape walk below stops at its first complaint, and an
      // unclosed '[' would otherwise be reported as "a list where a value belongs".
      Parser syntax = new ParserImpl(new StreamReader(text), YamlFiles.options());
      while (!syntax.checkEvent(Event.ID.StreamEnd)) {
        syntax.getEvent();
      }
      return new ProfileEvents(file, new ParserImpl(new StreamReader(text), YamlFiles.options()))
          .read();
    } catch (YAMLException | IllegalArgumentException e) {
      throw new InvalidInputException(YamlFiles.describe(file, e));
    }
  }
}
