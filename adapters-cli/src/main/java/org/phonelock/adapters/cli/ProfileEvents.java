package org.phonelock.adapters.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * Walks the YAML events of the profiles file ({@link ProfilesFile}): one document, a mapping with
 * the key {@code profiles}, a mapping of profile names to mappings of {@link Profile#KEYS}. Refused
 * with file and line: an unknown key, a key or profile given twice, a list or mapping where a
 * single value belongs, an empty value, and a YAML tag, anchor or alias (a plain value starting
 * with {@code !}, {@code &} or {@code *} is one of those, not text: a password like {@code
 * *Secret1} would otherwise silently become {@code Secret1}).
 */
final class ProfileEvents {
  private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");

  private final Path file;
  private final Parser parser;

  ProfileEvents(Path file, Parser parser) {
    this.file = file;
    this.parser = parser;
  }

  /**
   * Reads the file.
   *
   * @return profile name to profile, in file order
   * @throws InvalidInputException naming file and line when the shape is wrong
   * @throws org.yaml.snakeyaml.error.YAMLException when the text is not YAML
   */
  Map<String, Profile> read() {
    Map<String, Profile> profiles = new LinkedHashMap<>();
    parser.getEvent(); // stream start
    if (parser.checkEvent(Event.ID.StreamEnd)) {
      return profiles;
    }
    parser.getEvent(); // document start
    Event root = parser.getEvent();
    if (!isNull(root)) {
      expectMapping(root, "the file must be a mapping with the key 'profiles'");
      Map<String, Integer> seen = new HashMap<>();
      while (!parser.checkEvent(Event.ID.MappingEnd)) {
        Event key = parser.getEvent();
        String name = text(key, "a top-level key");
        check(name.equals("profiles"), key,
            "unknown key '" + name + "' at the top level; the only one accepted is 'profiles'");
        unique(seen, name, key, "'profiles' is");
        readProfiles(profiles);
      }
      parser.getEvent(); // root mapping end
    }
    parser.getEvent(); // document end
    check(parser.checkEvent(Event.ID.StreamEnd), parser.peekEvent(),
        "the file holds more than one YAML document; keep one");
    return profiles;
  }

  private void readProfiles(Map<String, Profile> profiles) {
    Event value = parser.getEvent();
    if (isNull(value)) {
      return;
    }
    expectMapping(value, "'profiles' must be a mapping from profile names to their settings");
    Map<String, Integer> seen = new HashMap<>();
    while (!parser.checkEvent(Event.ID.MappingEnd)) {
      Event key = parser.getEvent();
      String name = text(key, "a profile name");
      unique(seen, name, key, "profile '" + name + "' is");
      profiles.put(name, readProfile(name));
    }
    parser.getEvent();
  }

  private Profile readProfile(String name) {
    Map<String, Profile.Value> values = new LinkedHashMap<>();
    Event start = parser.getEvent();
    if (isNull(start)) {
      return new Profile(name, file, values);
    }
    expectMapping(start, "profile '" + name + "' must be a mapping of settings ("
        + String.join(", ", Profile.KEYS) + ")");
    Map<String, Integer> seen = new HashMap<>();
    while (!parser.checkEvent(Event.ID.MappingEnd)) {
      Event keyEvent = parser.getEvent();
      String key = text(keyEvent, "a key in profile '" + name + "'");
      check(Profile.KEYS.contains(key), keyEvent, "unknown key '" + key + "' in profile '" + name
          + "'; accepted: " + String.join(", ", Profile.KEYS));
      unique(seen, key, keyEvent, "'" + key + "' in profile '" + name + "' is");
      Event value = parser.getEvent();
      String what = "'" + key + "' in profile '" + name + "'";
      check(!isNull(value), value, what + " has no value; give one (in single quotes for empty,"
          + " ~ or null) or remove the line");
      values.put(key, new Profile.Value(text(value, what), line(keyEvent)));
    }
    parser.getEvent();
    return new Profile(name, file, values);
  }

  /** The text of a plain or quoted scalar; anything else is refused. */
  private String text(Event event, String what) {
    check(!(event instanceof AliasEvent), event,
        what + " is a YAML alias (starts with *); put the value in single quotes");
    check(event instanceof ScalarEvent, event,
        what + " must be a single value, not a list or mapping");
    ScalarEvent scalar = (ScalarEvent) event;
    check(scalar.getAnchor() == null && scalar.getTag() == null, event, what
        + " starts with a YAML anchor (&) or tag (!); put the value in single quotes");
    return scalar.getValue();
  }

  private static boolean isNull(Event event) {
    return event instanceof ScalarEvent scalar && scalar.isPlain() && scalar.getTag() == null
        && NULLS.contains(scalar.getValue());
  }

  private void expectMapping(Event event, String problem) {
    check(event.is(Event.ID.MappingStart) && ((NodeEvent) event).getAnchor() == null, event,
        problem);
  }

  private void unique(Map<String, Integer> seen, String key, Event event, String subject) {
    Integer first = seen.putIfAbsent(key, line(event));
    check(first == null, event, subject + " given twice (first at line " + first + ")");
  }

  private void check(boolean condition, Event event, String problem) {
    if (!condition) {
      throw new InvalidInputException(file + ":" + line(event) + ": " + problem);
    }
  }

  private static int line(Event event) {
    return event.getStartMark() == null ? 0 : event.getStartMark().getLine() + 1;
  }
}
