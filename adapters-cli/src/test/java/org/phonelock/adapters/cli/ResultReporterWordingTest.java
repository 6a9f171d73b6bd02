package org.phonelock.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phonelock.application.PhoneLockResult;
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
}
