package org.phonelock.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.phonelock.domain.Credentials;

class ServerMessageTest {
  private static final Credentials CREDENTIALS = new Credentials("admin", "Secr3t-pw");
  private static final String AUTHORIZATION = BasicAuthentication.headerValue(CREDENTIALS);
  private static final Secrets SECRETS = new Secrets(CREDENTIALS, AUTHORIZATION);

  @Test
  void takesTheJsonMessageElseTheJsonError() {
    assertThat(ServerMessage.of("{\"error\":\"bad_filter\",\"message\":\"unknown parameter 'dept'\"}", SECRETS))
        .isEqualTo("unknown parameter 'dept'");
    assertThat(ServerMessage.of("{\"error\":\"bad_filter\"}", SECRETS)).isEqualTo("bad_filter");
    assertThat(ServerMessage.of("{\"message\":42}", SECRETS)).isEqualTo("{\"message\":42}");
  }

  @Test
  void takesTheTitleOfAnHtmlPage() {
    assertThat(
            ServerMessage.of(
                "<!DOCTYPE html>\r\n<html><head><TITLE>500 - Internal server error.</TITLE></head>"
                    + "<body><h1>Server Error</h1></body></html>",
                SECRETS))
        .isEqualTo("500 - Internal server error.");
    assertThat(ServerMessage.of("<html><body><h1>Bad\nGateway</h1></body></html>", SECRETS))
        .isEqualTo("Bad Gateway");
  }

  @Test
  void keepsPlainTextOnOneTrimmedLineWithoutControls() {
    assertThat(ServerMessage.of("  Service\r\n\tUnavailable\u0000\u001b[31m \u202Eevil  ", SECRETS))
        .isEqualTo("Service Unavailable [31m evil");
    assertThat(ServerMessage.of("", SECRETS)).isEmpty();
  }

  @Test
  void cutsLongTextAtTwoHundredCodePointsWithoutSplittingAPair() {
    String text = "😀".repeat(300);
    String clean = ServerMessage.clean(text);
    assertThat(clean).isEqualTo("😀".repeat(200) + "…");
    assertThat(ServerMessage.clean("x".repeat(200))).isEqualTo("x".repeat(200));
  }

  @Test
  void removesEchoedSecrets() {
    String echo =
        "{\"message\":\"you sent Authorization: " + AUTHORIZATION + " with password Secr3t-pw\"}";
    assertThat(ServerMessage.of(echo, SECRETS)).isEqualTo(Secrets.WITHHELD);
  }

  @Test
  void aTextHoldingTheSecretIsWithheldWholeNotPatched() {
    // Patching would show the text around the secret, and a short password would garble it.
    Secrets common = new Secrets(new Credentials("admin", "password"),
        BasicAuthentication.headerValue(new Credentials("admin", "password")));
    assertThat(ServerMessage.of("a directory user that has a password", common))
        .isEqualTo(Secrets.WITHHELD);
    Secrets letter = new Secrets(new Credentials("admin", "e"),
        BasicAuthentication.headerValue(new Credentials("admin", "e")));
    assertThat(ServerMessage.of("authentication failed", letter)).isEqualTo(Secrets.WITHHELD);
    assertThat(ServerMessage.of("no match", letter)).isEqualTo("no match"); // holds no "e"
    assertThat(ServerMessage.of("Unauthorized", common)).isEqualTo("Unauthorized");
  }

  @Test
  void secretsShowNothingInToString() {
    assertThat(SECRETS.toString()).isEqualTo("Secrets[<redacted>]");
  }
}
