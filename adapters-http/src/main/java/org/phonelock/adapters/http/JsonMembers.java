package org.phonelock.adapters.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The top-level members of an answer body that is a JSON object, read with jackson-core's
 * streaming parser: an answer needs a few numbers or strings, and Jackson databind's {@code
 * ObjectMapper} would cost the CLI hundreds of classes at start-up (docs/benchmarks.md, B4). As
 * with databind's tree, the first JSON value of the body counts and a repeated member keeps its
 * last value.
 */
final class JsonMembers {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** A member that is neither a string nor an integer that fits an {@code int}. */
  private static final Object OTHER = new Object();

  private final Map<String, Object> members;

  private JsonMembers(Map<String, Object> members) {
    this.members = members;
  }

  /**
   * Reads a body.
   *
   * @param body any text, possibly empty
   * @return the members when the body starts with a well-formed JSON object; else empty
   */
  static Optional<JsonMembers> of(String body) {
    try (JsonParser parser = FACTORY.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      Map<String, Object> members = new HashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value == JsonToken.VALUE_STRING) {
          members.put(name, parser.getText());
        } else if (value == JsonToken.VALUE_NUMBER_INT
            && parser.getNumberType() == JsonParser.NumberType.INT) {
          members.put(name, parser.getIntValue());
        } else {
          parser.skipChildren();
          members.put(name, OTHER);
        }
      }
      return Optional.of(new JsonMembers(members));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  Optional<String> string(String name) {
    return members.get(name) instanceof String text ? Optional.of(text) : Optional.empty();
  }

  OptionalInt integer(String name) {
    return members.get(name) instanceof Integer number
        ? OptionalInt.of(number)
        : OptionalInt.empty();
  }
}
