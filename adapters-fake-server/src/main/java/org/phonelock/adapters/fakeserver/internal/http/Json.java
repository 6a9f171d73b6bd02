package org.phonelock.adapters.fakeserver.internal.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson mapper of the fake server; configured once, thread-safe, never changed. */
final class Json {
  // Admin requests are read strictly: with a key given twice, Jackson keeps the last value
  // silently, and after the first value it ignores what follows; either way the fake would act
  // on something other than what the test author wrote (RFC 8259 section 4: names SHOULD be
  // unique, and a JSON text is one value).
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private Json() {}

  /**
   * Serializes a value.
   *
   * @param value records, lists, maps, strings, numbers
   * @return the JSON text
   * @throws IllegalStateException when Jackson cannot serialize the value (a bug)
   */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + value.getClass().getName(), e);
    }
  }
}
