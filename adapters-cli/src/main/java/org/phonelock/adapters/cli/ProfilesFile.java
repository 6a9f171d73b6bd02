package org.phonelock.adapters.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
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
    String text = decode(file);
    try {
      return new ProfileEvents(file, new ParserImpl(new StreamReader(text), new LoaderOptions()))
          .read();
    } catch (YAMLException e) {
      throw new InvalidInputException(YamlProblems.describe(file, e));
    }
  }

  private static String decode(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot be read (" + e.getClass().getSimpleName()
          + "); check that it is a readable file");
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(file + ": is not valid UTF-8; save it as UTF-8");
    }
  }
}
