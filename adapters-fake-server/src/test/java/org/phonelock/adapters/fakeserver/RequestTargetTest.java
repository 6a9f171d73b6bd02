package org.phonelock.adapters.fakeserver;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.phonelock.adapters.fakeserver.LineState;

/**
 * api-contract.md, "Filters": a raw {@code #} or another byte RFC 3986 does not allow unencoded in
 * a path or query gets a JSON 400, never a partial reading of the target (nothing is locked).
 * Sent over a raw socket, as no HTTP client sends such targets.
 */
class RequestTargetTest extends SampleServerTest {
  private static final String AUTH = "Authorization: " + Api.basic("admin", "admin-demo-pw") + "\r\n";

  @Test
  void aRawHashIsRefusedInsteadOfCuttingTheQueryAtIt() throws Exception {
    // Without the check the JDK reads "#D" as a fragment and the lock acts on department "R".
    assertRefused(Api.LOCK + "?department=R#D", "raw '#'");
    assertRefused(Api.LOCK + "?department=Legal#", "raw '#'");
    assertRefused(Api.LOCK + "#?department=Legal", "raw '#'");
  }

  @Test
  void bytesRfc3986DoesNotAllowUnencodedAreRefused() throws Exception {
    for (String c : new String[] {"[", "]"}) {
      assertRefused(Api.LOCK + "?department=Le" + c + "gal", "the query holds '" + c + "'");
    }
    // A lone 0xE9 (ISO-8859-1 'é') is not UTF-8: the parser cannot name the byte it replaced.
    assertRefused(Api.LOCK + "\u00e9?department=Legal",
        "the path holds a byte that is not ASCII (nor valid UTF-8)");
  }

  @Test
  void bytesTheJdkRefusesBeforeTheFakeStillGet400AndChangeNothing() throws Exception {
    // README, "Known limitations of the fake server": java.net.URI refuses these itself, with
    // its HTML 400; the fake's check is the second line for them.
    for (String c : new String[] {"\"", "<", ">", "\\", "^", "`", "\u0001", "\u007f"}) {
      String target = Api.LOCK + "?department=Le" + c + "gal";
      RawHttp.Reply reply = RawHttp.send(server.baseUri(), target.getBytes(ISO_8859_1), "PUT", AUTH);
      assertThat(reply.status()).as(target).isEqualTo(400);
      assertThat(server.lines()).as(target).noneMatch(LineState::locked);
    }
  }

  @Test
  void aLoneQuestionMarkIsAnEmptyQueryNotEveryLine() throws Exception {
    RawHttp.Reply reply = RawHttp.send(server.baseUri(), (Api.LOCK + "?").getBytes(ISO_8859_1),
        "PUT", AUTH);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.text()).contains("\"error\":\"invalid_filter\"", "the query is empty");
    assertThat(server.lines()).noneMatch(LineState::locked);
  }

  @Test
  void rawNonAsciiBytesAreRefusedEvenWhenTheyAreValidUtf8() throws Exception {
    ByteArrayOutputStream target = new ByteArrayOutputStream();
    target.writeBytes((Api.LOCK + "?department=").getBytes(ISO_8859_1));
    target.writeBytes("Qualit\u00e9".getBytes(UTF_8));
    RawHttp.Reply reply = RawHttp.send(server.baseUri(), target.toByteArray(), "PUT", AUTH);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.text()).contains("\"error\":\"bad_request_target\"", "the byte 0xC3");
  }

  @Test
  void everyCharacterRfc3986AllowsInAQueryPasses() throws Exception {
    RawHttp.Reply reply = RawHttp.send(server.baseUri(),
        (Api.LOCK + "?department=Legal&customField1=a-._~!$'()*+,;:@/?%25").getBytes(ISO_8859_1),
        "PUT", AUTH);
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
  }

  private void assertRefused(String target, String reason) throws Exception {
    RawHttp.Reply reply = RawHttp.send(server.baseUri(), target.getBytes(ISO_8859_1), "PUT", AUTH);
    assertThat(reply.status()).as(target).isEqualTo(400);
    assertThat(reply.text()).as(target)
        .contains("application/json", "\"error\":\"bad_request_target\"", reason);
    assertThat(server.lines()).as(target).noneMatch(LineState::locked);
  }
}
