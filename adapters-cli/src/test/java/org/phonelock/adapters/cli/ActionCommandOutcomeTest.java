package org.phonelock.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phonelock.application.ChangeCounts;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.out.PhoneLockServerUnavailableException;
import org.phonelock.domain.Filter;

/** Each outcome gets its documented exit code and one line on stderr (README, "Exit codes"). */
class ActionCommandOutcomeTest {
  private static final String PASSWORD = "never-Shown-7f3a";
  private final CliHarness cli = new CliHarness();

  @BeforeEach
  void password() {
    cli.environment.put("PHONELOCK_PASSWORD", PASSWORD);
  }

  private int lockRd(String... extra) {
    String[] base = {"lock", "--server", "https://ias.example.com", "--user", "admin",
        "--department", "R&D"};
    String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    int exit = cli.run(all);
    assertThat(cli.out + cli.err).doesNotContain(PASSWORD).doesNotContain("\tat ");
    return exit;
  }

  @Test
  void appliedExitsZeroAndSummarisesOnStdout() {
    cli.server = a -> new PhoneLockResult.Applied(a, Filter.none(),
        Optional.of(new ChangeCounts(7, 12, 10)));
    assertThat(lockRd()).isEqualTo(0);
    assertThat(cli.out)
        .contains("Lock applied on https://ias.example.com", "department=\"R&D\"",
            "7 users, 12 lines matched, 10 changed");
    assertThat(cli.err).isEmpty();
  }

  @Test
  void appliedWithoutCountsSaysSo() {
    assertThat(lockRd()).isEqualTo(0);
    assertThat(cli.out).contains("the server reported no counts");
  }

  @Test
  void authenticationFailureExitsThree() {
    cli.server = a -> new PhoneLockResult.AuthenticationFailed("bad credentials");
    assertThat(lockRd()).isEqualTo(3);
    assertThat(cli.err.strip())
        .startsWith("phonelock: lock on https://ias.example.com failed: authentication failed (401)")
        .contains("check --user and the password")
        .doesNotContain("\n");
  }

  @Test
  void permissionDeniedExitsFour() {
    cli.server = a -> new PhoneLockResult.PermissionDenied("");
    assertThat(lockRd()).isEqualTo(4);
    assertThat(cli.err).contains("permission denied (403)", "Manage Department User");
  }

  @Test
  void badRequestExitsFive() {
    cli.server = a -> new PhoneLockResult.Refused(400, "unknown filter departmnt");
    assertThat(lockRd()).isEqualTo(5);
    assertThat(cli.err).contains("refused by the server (400) (server says: unknown filter departmnt)");
  }

  @Test
  void notFoundExitsFiveAndNamesTheNeededUcxVersion() {
    cli.server = a -> new PhoneLockResult.Refused(404, "");
    assertThat(lockRd()).isEqualTo(5);
    assertThat(cli.err).contains("404", "UCX Suite 2020.Summer.1 or later");
  }

  @Test
  void serverErrorExitsSix() {
    cli.server = a -> new PhoneLockResult.ServerError(503, "maintenance");
    assertThat(lockRd()).isEqualTo(6);
    assertThat(cli.err).contains("server error (503) (server says: maintenance)");
  }

  @Test
  void unreachableServerExitsSix() {
    cli.server = a -> {
      throw new PhoneLockServerUnavailableException("connection refused", null);
    };
    assertThat(lockRd()).isEqualTo(6);
    assertThat(cli.err).contains("no answer from the server (connection refused)", "--server");
  }

  @Test
  void unexpectedFailureExitsOneWithoutStackTrace() {
    cli.server = a -> {
      throw new IllegalStateException("boom");
    };
    assertThat(lockRd()).isEqualTo(1);
    assertThat(cli.err.strip()).contains("internal error", "boom").doesNotContain("\n");
  }

  @Test
  void jsonOutputIsOneObject() throws Exception {
    cli.server = a -> new PhoneLockResult.Applied(a, Filter.none(),
        Optional.of(new ChangeCounts(1, 2, 2)));
    assertThat(lockRd("--output", "json", "--custom-field", "1=Example1")).isZero();
    JsonNode json = new ObjectMapper().readTree(cli.out);
    assertThat(json.get("action").asText()).isEqualTo("lock");
    assertThat(json.get("status").asInt()).isEqualTo(200);
    assertThat(json.get("filters").get("department").asText()).isEqualTo("R&D");
    assertThat(json.get("filters").get("customField1").asText()).isEqualTo("Example1");
    assertThat(json.get("changedLines").asInt()).isEqualTo(2);
    assertThat(cli.out.strip()).doesNotContain("\n");
  }

  @Test
  void jsonOutputOfAFailureCarriesTheExitCode() throws Exception {
    cli.server = a -> new PhoneLockResult.PermissionDenied("no");
    assertThat(lockRd("--output", "JSON")).isEqualTo(4);
    JsonNode json = new ObjectMapper().readTree(cli.out);
    assertThat(json.get("outcome").asText()).isEqualTo("failed");
    assertThat(json.get("exitCode").asInt()).isEqualTo(4);
  }

  @Test
  void jsonOutputWhenTheServerIsUnreachableKeepsTheFiltersAndTheExitCode() throws Exception {
    cli.server = a -> {
      throw new PhoneLockServerUnavailableException("connection refused", null);
    };
    assertThat(lockRd("--output", "json")).isEqualTo(6);
    JsonNode json = new ObjectMapper().readTree(cli.out);
    assertThat(json.get("outcome").asText()).isEqualTo("unavailable");
    assertThat(json.get("exitCode").asInt()).isEqualTo(6);
    assertThat(json.get("filters").get("department").asText()).isEqualTo("R&D");
  }

  @Test
  void dryRunSendsNothingAndNeedsNoPassword() {
    cli.environment.clear();
    assertThat(lockRd("--dry-run")).isZero();
    assertThat(cli.sent).isEmpty();
    assertThat(cli.prompts).isEmpty();
    assertThat(cli.out).contains("PUT https://ias.example.com", "Authorization: Basic <redacted>");
  }

  @Test
  void unlockSendsUnlock() {
    assertThat(cli.run("unlock", "--server", "https://ias", "--user", "admin", "--all")).isZero();
    assertThat(cli.sent).extracting(CliHarness.Sent::action)
        .containsExactly(org.phonelock.domain.PhoneLockAction.UNLOCK);
    assertThat(cli.out).startsWith("Unlock applied");
  }

  @Test
  void noSubcommandIsAUsageError() {
    assertThat(cli.run()).isEqualTo(2);
    assertThat(cli.err).contains("no command given");
  }

  @Test
  void helpListsTheExitCodes() {
    assertThat(cli.run("--help")).isZero();
    assertThat(cli.out).contains("Exit codes:", "3   authentication failed (HTTP 401)",
        "6   server error, timeout or unreachable after retries");
  }
}
