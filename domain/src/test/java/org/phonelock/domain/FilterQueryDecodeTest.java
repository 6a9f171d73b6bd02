package org.phonelock.domain;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Strict query decoding, as the fake server reads requests (api-contract.md, "Filters"). */
class FilterQueryDecodeTest {

  @Property
  void anyUtf8TextSurvivesFormEncoding(@ForAll @StringLength(min = 1, max = 40) String value) {
    net.jqwik.api.Assume.that(Text.isWellFormedUtf16(value) && !Text.isBlankOrInvisible(value));
    String raw = "customField7=" + URLEncoder.encode(value, UTF_8);
    assertThat(FilterQuery.decode(raw).value(FilterField.customField(7))).hasValue(value);
  }

  @Property
  void percentEncodingEveryByteAlsoRoundTrips(
      @ForAll @StringLength(min = 1, max = 40) String value) {
    net.jqwik.api.Assume.that(Text.isWellFormedUtf16(value));
    StringBuilder raw = new StringBuilder();
    for (byte b : value.getBytes(UTF_8)) {
      raw.append('%').append(String.format("%02x", b & 0xFF));
    }
    assertThat(FilterQuery.decodeText(raw.toString())).hasValue(value);
  }

  @Test
  void malformedEscapesAreRefused() {
    for (String raw : new String[] {"%", "%4", "%zz", "a%g1", "%\u0663\u0663", "%C3", "%C3%28"}) {
      assertThat(FilterQuery.decodeText(raw)).as(raw).isEmpty();
    }
  }

  @Test
  void malformedEscapesInAValueNameTheParameter() {
    assertThatThrownBy(() -> FilterQuery.decode("department=IT&customField9=50%"))
        .isInstanceOf(InvalidFilterException.class)
        .hasMessageContaining("'customField9'").hasMessageContaining("%25");
    assertThatThrownBy(() -> FilterQuery.decode("dep%ZZartment=IT"))
        .isInstanceOf(InvalidFilterException.class).hasMessageContaining("'dep%ZZartment'");
  }

  @Test
  void rawBytesStandForUtf8AndAnEncodedAmpersandStaysInTheValue() {
    String latin1OfUtf8 = new String("Qualité".getBytes(UTF_8), ISO_8859_1);
    assertThat(FilterQuery.decode("department=" + latin1OfUtf8).value(FilterField.DEPARTMENT))
        .hasValue("Qualité");
    assertThat(FilterQuery.decode("department=R%26D&customField1=a=b").values())
        .containsEntry(FilterField.DEPARTMENT, "R&D")
        .containsEntry(FilterField.CUSTOM_FIELD_1, "a=b");
  }

  @Property(tries = 2_000)
  void decodingAnEncodedFilterGivesItBack(@ForAll("values") String department,
      @ForAll("values") String custom) {
    Filter filter = Filter.builder().put(FilterField.DEPARTMENT, department)
        .put(FilterField.customField(3), custom).build();
    assertThat(FilterQuery.decode(FilterQuery.encode(filter))).isEqualTo(filter);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> values() {
    return net.jqwik.api.Arbitraries.strings().ofMinLength(1).ofMaxLength(30)
        .withChars("+ &=%?#;/\\\u00e9\u00a0\u200b\u0130aZ09-._~")
        .filter(v -> !Text.isBlankOrInvisible(v));
  }
}
