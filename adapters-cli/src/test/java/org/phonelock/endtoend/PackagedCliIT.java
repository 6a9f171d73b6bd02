package org.phonelock.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phonelock.adapters.fakeserver.UserDirectory;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.ImagicleUser;

/**
 * The packaged CLI against {@code phonelock fake-server} over a socket, both as separate
 * processes (README, "Quick start" and "Using the CLI").
 */
class PackagedCliIT {
  private static final Map<String, String> ADMIN = Map.of("PHONELOCK_PASSWORD", "admin-demo-pw");
  private static Process server;
  private static String baseUri;

  @BeforeAll
  static void startFakeServer() throws Exception {
    List<String> firstLine = new ArrayList<>();
    server = PackagedCli.startFakeServer(firstLine, "--port", "0");
    assertThat(firstLine.get(0)).matches("listening on http://127\\.0\\.0\\.1:[0-9]+");
    baseUri = firstLine.get(0).substring("listening on ".length());
  }

  @AfterAll
  static void stopFakeServer() throws Exception {
    server.destroy();
    server.waitFor();
  }

  private static Set<String> lockedLines() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(baseUri + "/__fake/lines")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    Set<String> locked = new HashSet<>();
    for (JsonNode line : new ObjectMapper().readTree(response.body())) {
      if (line.get("locked").asBoolean()) {
        locked.add(line.get("username").asText() + " " + line.get("extension").asText() + "@"
            + line.get("partition").asText("-"));
      }
    }
    return locked;
  }

  private static Set<String> linesOfRdUsersWithExample1() {
    Set<String> expected = new HashSet<>();
    for (ImagicleUser user : UserDirectory.sample().users()) {
      boolean rd = user.department().map("R&D"::equalsIgnoreCase).orElse(false);
      boolean example1 =
          user.field(FilterField.CUSTOM_FIELD_1).map("Example1"::equalsIgnoreCase).orElse(false);
      if (rd && example1) {
        user.lines().forEach(line -> expected.add(
            user.username() + " " + line.extension() + "@" + line.partition().orElse("-")));
      }
    }
    return expected;
  }

  @Test
  void vendorCurlExampleLocksExactlyTheRdExample1LinesAndTheCliUnlocksThem() throws Exception {
    // The vendor page's sample request, byte for byte, with Basic authentication added.
    String credentials = Base64.getEncoder()
        .encodeToString("admin:admin-demo-pw".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(baseUri
                + "/fw/Apps/StoneLock/WebAPI/Phones/Lock?department=R%26D&customField1=Example1"))
            .PUT(HttpRequest.BodyPublishers.noBody())
            .header("accept", "*/*")
            .header("Authorization", "Basic " + credentials)
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    Set<String> expected = linesOfRdUsersWithExample1();
    assertThat(expected).hasSizeGreaterThanOrEqualTo(5);
    assertThat(lockedLines()).isEqualTo(expected);

    PackagedCli.Run unlock = PackagedCli.run(ADMIN, "unlock", "--server", baseUri, "--user",
        "admin", "--department", "R&D", "--custom-field", "1=Example1");
    assertThat(unlock.exitCode()).as(unlock.err()).isZero();
    assertThat(unlock.out()).contains("Unlock applied", expected.size() + " changed");
    assertThat(lockedLines()).isEmpty();
  }

  @Test
  void wrongPasswordExitsThreeAndNothingIsLocked() throws Exception {
    PackagedCli.Run run = PackagedCli.run(Map.of("PHONELOCK_PASSWORD", "wrong"), "lock",
        "--server", baseUri, "--user", "admin", "--all");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("authentication failed (401)").doesNotContain("wrong");
    assertThat(lockedLines()).isEmpty();
  }

  @Test
  void accountWithoutPhoneLockRightsExitsFour() throws Exception {
    PackagedCli.Run run = PackagedCli.run(Map.of("PHONELOCK_PASSWORD", "none-demo-pw"), "lock",
        "--server", baseUri, "--user", "no-rights", "--department", "R&D");
    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(lockedLines()).isEmpty();
  }

  @Test
  void badInputExitsTwoWithOneLineAndNoStackTrace() throws Exception {
    PackagedCli.Run run = PackagedCli.run(ADMIN, "lock", "--server", baseUri, "--user", "admin",
        "--custom-field", "11=x");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).contains("--custom-field").doesNotContain("\n");
    assertThat(lockedLines()).isEmpty();
  }

  @Test
  void demoRunsAndExitsZero() throws Exception {
    PackagedCli.Run run = PackagedCli.run(Map.of(), "demo");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Lock applied", "Unlock applied", "Demo done");
  }

  @Test
  void versionNamesTheVersionAndCommit() throws Exception {
    PackagedCli.Run run = PackagedCli.run(Map.of(), "--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).matches("(?s)phonelock \\d+\\.\\d+\\.\\d+\\S* \\(commit \\S+\\)\\s*");
  }
}
