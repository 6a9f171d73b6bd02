package org.phonelock.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** {@link Text#quote}: one line, no way for a value to fake another field in a summary. */
class TextQuoteTest {
  @Test
  void escapesQuotesBackslashesAndControls() {
    assertThat(Text.quote("R&D")).isEqualTo("\"R&D\"");
    assertThat(Text.quote("a\" customField1=\"b")).isEqualTo("\"a\\\" customField1=\\\"b\"");
    assertThat(Text.quote("x\\y")).isEqualTo("\"x\\\\y\"");
    assertThat(Text.quote("l1\nl2\r\u2028")).isEqualTo("\"l1\\u000al2\\u000d\\u2028\"");
    assertThat(Text.quote("été €")).isEqualTo("\"été €\"");
  }

  @Property(tries = 3000)
  void quotedTextIsOneLineWithOnlyItsOwnQuotesUnescaped(@ForAll String text) {
    String quoted = Text.quote(text);
    assertThat(quoted).startsWith("\"").endsWith("\"").doesNotContain("\n", "\r");
    String inner = quoted.substring(1, quoted.length() - 1);
    assertThat(inner.replace("\\\\", "").replace("\\\"", "")).doesNotContain("\"");
  }
}
