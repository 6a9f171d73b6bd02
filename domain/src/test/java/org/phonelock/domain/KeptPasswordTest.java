package org.phonelock.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link KeptPassword}: a password kept in a file goes only to the server that same file names
 * (README, "Profiles" and "Schedules"), and never shows in a message or toString.
 */
class KeptPasswordTest {
  private static final String SECRET = "Kept-Secret-42";
  private static final String PLACE = "profile 'lab', /home/ann/.config/phonelock/config.yaml:4";

  private static KeptPassword kept(Optional<String> server) {
    return new KeptPassword(SECRET, PLACE, server);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8080", "HTTP://127.0.0.1:8080/", "http://127.0.0.1:8080//"})
  void theServerItsFileNamesGetsThePassword(String named) {
    assertThat(kept(Optional.of(named)).sentTo(ServerUrl.parse("http://127.0.0.1:8080"),
        "PHONELOCK_SERVER")).isEqualTo(SECRET);
  }

  @Test
  void aDefaultPortWrittenOrNotIsTheSameServer() {
    assertThat(kept(Optional.of("https://IAS.example.com")).sentTo(
        ServerUrl.parse("https://ias.example.com:443"), "--server")).isEqualTo(SECRET);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:18099", "https://127.0.0.1:8080",
    "http://127.0.0.1:8080/proxy", "http://localhost:8080", "http://[::1]:8080"})
  // localhost and [::1] name this machine, but may be another listener than 127.0.0.1 (ServerUrl)
  void anotherServerIsRefusedNamingThePlaceTheSourceAndTheWaysOn(String target) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> kept(Optional.of("http://127.0.0.1:8080")).sentTo(
            ServerUrl.parse(target), "PHONELOCK_SERVER"))
        .withMessage("the password kept in " + PLACE + " is sent only to the server named in"
            + " that file, not to " + ServerUrl.parse(target) + " from PHONELOCK_SERVER; give"
            + " the password with PHONELOCK_PASSWORD, --password-file or --password-stdin, or"
            + " drop PHONELOCK_SERVER")
        .withMessageNotContaining(SECRET);
  }

  @Test
  void aFileThatNamesNoServerSendsItsPasswordNowhere() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> kept(Optional.empty()).sentTo(
            ServerUrl.parse("https://ias.example.com"), "server (profile 'prod', FILE:3)"))
        .withMessage("the password kept in " + PLACE + " is sent only to the server named in"
            + " that file, which names none, not to https://ias.example.com from server"
            + " (profile 'prod', FILE:3); give the password with PHONELOCK_PASSWORD,"
            + " --password-file or --password-stdin, or name the server in that file")
        .withMessageNotContaining(SECRET);
  }

  @Test
  void aFileThatNamesNoServerIsRefusedWithoutATarget() {
    assertThatIllegalArgumentException().isThrownBy(() -> new KeptPassword(SECRET, "a.yaml:3",
            Optional.empty()).requireServer())
        .withMessage("the password kept in a.yaml:3 is sent only to the server named in that"
            + " file, which names none; give the password with PHONELOCK_PASSWORD,"
            + " --password-file or --password-stdin, or name the server in that file")
        .withMessageNotContaining(SECRET);
    kept(Optional.of("https://ias.example.com")).requireServer();
  }

  @Test
  void aProfileThatNamesNoServerIsNamedAsAProfile() {
    assertThatIllegalArgumentException().isThrownBy(() -> KeptPassword.inProfile(SECRET, PLACE,
            Optional.empty()).sentTo(ServerUrl.parse("https://ias.example.com"), "--server"))
        .withMessage("the password kept in " + PLACE + " is sent only to the server named in"
            + " that profile, which names none, not to https://ias.example.com from --server;"
            + " give the password with PHONELOCK_PASSWORD, --password-file or --password-stdin,"
            + " or name the server in that profile")
        .withMessageNotContaining(SECRET);
  }

  @Test
  void aServerThatIsNotAUrlIsNoServerOfThePasswordsAndIsNotQuoted() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> kept(Optional.of("https://ann:pw@ias.example.com")).sentTo(
            ServerUrl.parse("https://ias.example.com"), "--server"))
        .withMessageContaining("or drop --server")
        .withMessageNotContaining("ann:pw");
  }

  @Test
  void toStringShowsThePlaceOnly() {
    assertThat(kept(Optional.of("https://ann:pw@ias.example.com")))
        .hasToString("KeptPassword[place=" + PLACE + ", text=<redacted>]");
  }
}
