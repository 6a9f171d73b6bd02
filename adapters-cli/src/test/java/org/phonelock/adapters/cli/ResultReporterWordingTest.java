package org.phonelock.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.Retries;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;

/** The failure lines say each thing once. */
class ResultReporterWordingTest {
  private static final URI SERVER = URI.create("http://127.0.0.1:8080");

  @Test
  void theClientsNoAnswerMessageIsNotWrappedInASecondNoAnswer() {
    StringWriter err = new StringWriter();
    CliContext context = new CliContext(Map.of(), new ByteArrayInputStream(new byte[0]),
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
        prompt -> Optional.empty(), Optional.empty());
    new ResultReporter(context, OutputFormat.TEXT).reportUnavailable(PhoneLockAction.LOCK, SERVER,
        Filter.none(), "no answer from the Phone Lock server to PUT " + SERVER
            + "/fw/Apps/StoneLock/WebAPI/Phones/Lock after 1 try: ConnectException: Connection"
            + " refused");
    assertThat(err.toString().strip()).isEqualTo("phonelock: lock on " + SERVER + " failed: no"
        + " answer from the server (PUT " + SERVER + "/fw/Apps/StoneLock/WebAPI/Phones/Lock after"
        + " 1 try: ConnectException: Connection refused); check --server, the network and the"
        + " server, then run again");
  }

  @Test
  void aForbiddenMessageThatNamesThePermissionsIsNotFollowedByTheSameList() {
    String fake = "user 'no-rights' has no Phone Lock permission; Imagicle Admin, Phone Lock"
        + " \"Complete Management\" or \"Manage Department User\" with a department is required";
    String line = ResultReporter.failureLine(PhoneLockAction.LOCK, SERVER,
        new PhoneLockResult.PermissionDenied(fake));
    assertThat(line).endsWith("failed: permission denied (403) (server says: " + fake + ")");
    assertThat(line.split("Complete Management", -1)).hasSize(2);
  }

  @Test
  void aForbiddenAnswerWithoutTheListGetsIt() {
    assertThat(ResultReporter.failureLine(PhoneLockAction.LOCK, SERVER,
            new PhoneLockResult.PermissionDenied("")))
        .endsWith("permission denied (403); the account needs Imagicle Admin, Phone Lock Complete"
            + " Management or Manage Department User with a department");
  }

  private static final Duration LIMIT = Duration.ofSeconds(120);

  private static String serverError(int status, Optional<Retries> retries) {
    return ResultReporter.failureLine(PhoneLockAction.LOCK, SERVER,
        new PhoneLockResult.ServerError(status, "", retries));
  }

  @Test
  void zeroRetriesSayNothingWasRetried() {
    assertThat(serverError(503, Optional.of(
            new Retries(0, 0, Retries.End.LIMIT_REACHED, Optional.empty(), LIMIT))))
        .endsWith("server error (503); not retried: retries are set to 0; try again later or"
            + " check the server");
  }

  @Test
  void usedUpRetriesSayHowMany() {
    assertThat(serverError(503, Optional.of(
            new Retries(1, 1, Retries.End.LIMIT_REACHED, Optional.empty(), LIMIT))))
        .endsWith("server error (503); retried 1 time, the most allowed; try again later or"
            + " check the server");
    assertThat(serverError(502, Optional.of(
            new Retries(10, 10, Retries.End.LIMIT_REACHED, Optional.empty(), LIMIT))))
        .contains("; retried 10 times, the most allowed;");
  }

  @Test
  void aRetryAfterAboveTheLimitSaysTheWaitAndTheLimit() {
    assertThat(serverError(429, Optional.of(new Retries(0, 2, Retries.End.WAIT_TOO_LONG,
            Optional.of(Duration.ofSeconds(300)), LIMIT))))
        .endsWith("server error (429); not retried: the server asked to wait 300 s (Retry-After),"
            + " more than the 120 s limit; try again later or check the server");
    assertThat(serverError(503, Optional.of(new Retries(1, 2, Retries.End.WAIT_TOO_LONG,
            Optional.of(Duration.ofSeconds(300)), LIMIT))))
        .contains("(503); retried 1 time, then the server asked to wait 300 s (Retry-After), more"
            + " than the 120 s limit;");
  }

  @Test
  void aFinalStatusSaysItIsNeverRetried() {
    assertThat(serverError(500, Optional.of(
            new Retries(0, 2, Retries.End.NOT_RETRYABLE, Optional.empty(), LIMIT))))
        .endsWith("server error (500); not retried: only 429, 502, 503 and 504 are; try again"
            + " later or check the server");
    assertThat(serverError(500, Optional.of(
            new Retries(2, 3, Retries.End.NOT_RETRYABLE, Optional.empty(), LIMIT))))
        .contains("(500); retried 2 times, then 500, which is never retried;");
  }

  @Test
  void aPortThatDoesNotSayHowItRetriedGetsNoClaimAboutRetries() {
    assertThat(serverError(503, Optional.empty()))
        .endsWith("server error (503); try again later or check the server")
        .doesNotContain("retried");
  }
}
