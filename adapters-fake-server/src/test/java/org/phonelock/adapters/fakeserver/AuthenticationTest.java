package org.phonelock.adapters.fakeserver;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** api-contract.md, "Authentication". */
class AuthenticationTest extends SampleServerTest {
  @Test
  void missingMalformedWrongAndUnknownCredentialsGetIdentical401s() {
    List<String> headers = Stream.of(
            null,
            "Basic",
            "Basic !!!not-base64!!!",
            "Basic " + b64("admin-without-colon"),
            "Basic " + Base64.getEncoder().encodeToString(new byte[] {'a', ':', (byte) 0xC3}),
            "Bearer " + b64("admin:admin-demo-pw"),
            Api.basic("admin", "wrong-password"),
            Api.basic("nobody", "admin-demo-pw"),
            Api.basic("admin", ""),
            Api.basic("giulia.ferrari", ""))
        .toList();
    HttpResponse<String> first = api.send("PUT", Api.LOCK, headers.get(0));
    assertThat(first.statusCode()).isEqualTo(401);
    assertThat(first.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic realm=\"")
            .endsWith(", charset=\"UTF-8\""));
    for (String header : headers) {
      HttpResponse<String> response = api.send("PUT", Api.LOCK, header);
      assertThat(response.statusCode()).as(String.valueOf(header)).isEqualTo(401);
      assertThat(response.body()).as(String.valueOf(header)).isEqualTo(first.body());
      assertThat(response.headers().map()).as(String.valueOf(header))
          .containsEntry("www-authenticate", first.headers().allValues("WWW-Authenticate"));
    }
    assertThat(Api.json(first).get("error").asText()).isEqualTo("unauthorized");
    assertThat(first.body()).doesNotContain("admin-demo-pw").doesNotContain("wrong-password");
    assertThat(Api.lockedExtensions(server)).isEmpty();
  }

  @Test
  void aUserWithAnEmptyPasswordInTheDirectoryCannotAuthenticate() {
    assertThat(api.lock("", "giulia.ferrari", "").statusCode()).isEqualTo(401);
  }

  @Test
  void correctCredentialsAreAccepted() {
    assertThat(api.lock("", "admin", "admin-demo-pw").statusCode()).isEqualTo(200);
  }

  @Test
  void userNamesMatchCaseInsensitivelyButPasswordsDoNot() {
    assertThat(api.lock("?department=IT", "ADMIN", "admin-demo-pw").statusCode()).isEqualTo(200);
    assertThat(api.lock("?department=IT", "Lock-Manager", "complete-demo-pw").statusCode())
        .isEqualTo(200);
    assertThat(api.lock("?department=IT", "admin", "ADMIN-DEMO-PW").statusCode()).isEqualTo(401);
  }

  @Test
  void aNonAsciiPasswordWorksWhenSentAsUtf8() {
    HttpResponse<String> response =
        api.send("PUT", Api.LOCK + "?department=Legal",
            Api.basic("françois.admin", "Mot-de-passe-été-€", UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Api.summary(response)).containsEntry("action", "Lock");
  }

  @Test
  void aNonAsciiPasswordSentAsIso88591OrAsciiIsRefused() {
    for (var charset : List.of(ISO_8859_1, US_ASCII)) {
      HttpResponse<String> response = api.send(
          "PUT", Api.LOCK, Api.basic("françois.admin", "Mot-de-passe-été-€", charset));
      assertThat(response.statusCode()).as(charset.name()).isEqualTo(401);
    }
    assertThat(Api.lockedExtensions(server)).isEmpty();
  }

  @Test
  void theSchemeNameIsCaseInsensitiveAndOnlyTheFirstColonSplits() throws Exception {
    String token = b64("admin:admin-demo-pw");
    assertThat(api.send("PUT", Api.LOCK + "?department=Legal", "bAsIc " + token).statusCode())
        .isEqualTo(200);
    UserDirectory directory = UserDirectory.parse(new java.io.StringReader(
        "username,password,permission\nbob,pa:ss:word,admin\n"), "colon.csv");
    try (FakePhoneLockServer colon = FakePhoneLockServer.builder().directory(directory).start()) {
      assertThat(new Api(colon).lock("", "bob", "pa:ss:word").statusCode()).isEqualTo(200);
      assertThat(Api.summary(new Api(colon).lock("", "bob", "pa:ss:word")))
          .isEqualTo(Map.of("action", "Lock", "matchedUsers", 1, "matchedLines", 0,
              "changedLines", 0));
    }
  }

  private static String b64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(UTF_8));
  }
}
