package org.phonelock.adapters.fakeserver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one Jackson mapper of the fake server; configured once, thread-safe, never changed. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /**
   * Serializes a value.
   *
   * @param value records, lists, maps, strings, numbers
   * @return the JSON text
   * @throws IllegalStateException when Jackson cannot serialize the value (a bug)
   */
  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + value.getClass().getName(), e);
    }
  }
}
