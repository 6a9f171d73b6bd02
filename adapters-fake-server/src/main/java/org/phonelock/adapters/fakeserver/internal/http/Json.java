package org.phonelock.adapters.fakeserver.internal.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The fake server's JSON, all of it through Jackson: the Phone Lock answers ({@link
 * ActionSummary}, {@link Reply.ErrorBody}) with Jackson's streaming generator (jackson-core),
 * everything else, the admin API's bodies read and written, with the one {@link #mapper()
 * ObjectMapper} (jackson-databind). Both are configured once, thread-safe, never changed.
 *
 * <p>Why two: building an {@code ObjectMapper} and its first serializer loads some 420 databind
 * classes (about a quarter of a second in a fresh JVM, docs/benchmarks.md, B2), while the
 * streaming generator needs a few dozen. A test class that only sends Phone Lock requests pays
 * for the generator; the mapper is built on the first admin request that needs it.
 */
public final class Json {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private Json() {}

  /** A value that writes itself as one JSON value with Jackson's streaming generator. */
  public interface Streamed {
    /**
     * Writes this value.
     *
     * @param json the generator, positioned where the value goes
     * @throws IOException when the generator fails (a {@link StringWriter} does not)
     */
    void writeTo(JsonGenerator json) throws IOException;
  }

  /**
   * The mapper for the admin API, built on first use.
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return Mapper.INSTANCE;
  }

  /**
   * Serializes a value.
   *
   * @param value a {@link Streamed} value, or records, lists, maps, strings, numbers for the
   *     mapper
   * @return the JSON text
   * @throws IllegalStateException when Jackson cannot serialize the value (a bug)
   */
  public static String write(Object value) {
    if (value instanceof Streamed streamed) {
      StringWriter text = new StringWriter();
      try (JsonGenerator json = FACTORY.createGenerator(text)) {
        streamed.writeTo(json);
      } catch (IOException e) {
        throw new UncheckedIOException("writing to a string cannot fail", e);
      }
      return text.toString();
    }
    try {
      return mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + value.getClass().getName(), e);
    }
  }

  /** Holds the mapper, so that it is built when first asked for, not with this class. */
  private static final class Mapper {
    // Admin requests are read strictly: with a key given twice, Jackson keeps the last value
    // silently, and after the first value it ignores what follows; either way the fake would act
    // on something other than what the test author wrote (RFC 8259 section 4: names SHOULD be
    // unique, and a JSON text is one value).
    static final ObjectMapper INSTANCE = JsonMapper.builder()
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }
}
