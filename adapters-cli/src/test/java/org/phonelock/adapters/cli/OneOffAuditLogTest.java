package org.phonelock.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonelock.application.PhoneLockResult;

/**
 * {@code lock --audit-log FILE}: the schedule's JSON lines for a one-off action, the first one
 * written before the request is sent; when it cannot be written nothing is sent (exit 7).
 */
class OneOffAuditLogTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final CliHarness cli = new CliHarness();
  @TempDir Path folder;

  @BeforeEach
  void password() {
    cli.environment.put("PHONELOCK_PASSWORD", "s3cret");
  }

  private int lock(String auditLog) {
    return cli.run("lock", "--server", "https://ias.example.com", "--user", "admin",
        "--department", "R&D", "--audit-log", auditLog);
  }

  @Test
  void aRequestRecordPrecedesTheRequestAndAnAttemptRecordFollowsIt() throws Exception {
    Path log = folder.resolve("audit.jsonl");
    List<String> linesWhenSent = new java.util.ArrayList<>();
    cli.server = action -> {
      linesWhenSent.addAll(readLines(log));
      return new PhoneLockResult.Applied(action, org.phonelock.domain.Filter.none(),
          Optional.empty());
    };
    assertThat(lock(log.toString())).isZero();
    assertThat(linesWhenSent).singleElement().satisfies(line -> {
      JsonNode request = JSON.readTree(line);
      assertThat(request.get("event").asText()).isEqualTo("request");
      assertThat(request.get("outcome").asText()).isEqualTo("sending");
    });
    List<String> lines = readLines(log);
    assertThat(lines).hasSize(2);
    JsonNode attempt = JSON.readTree(lines.get(1));
    assertThat(attempt.get("event").asText()).isEqualTo("attempt");
    assertThat(attempt.get("outcome").asText()).isEqualTo("applied");
    assertThat(attempt.get("job").asText()).isEqualTo("command-line");
    assertThat(attempt.get("action").asText()).isEqualTo("lock");
    assertThat(attempt.get("server").asText()).isEqualTo("https://ias.example.com");
    assertThat(attempt.get("filters").get("department").asText()).isEqualTo("R&D");
    assertThat(String.join("\n", lines)).doesNotContain("s3cret");
  }

  @Test
  void whenTheRecordCannotBeWrittenNothingIsSentAndTheExitCodeIsSeven() {
    assertThat(lock("/dev/full")).isEqualTo(ExitCodes.NOT_RECORDED);
    assertThat(cli.sent).isEmpty();
    assertThat(cli.err.strip()).doesNotContain("\n").contains("/dev/full", "was not sent");
  }

  @Test
  void anAuditLogInAFolderThatDoesNotExistIsNotSentEither() {
    assertThat(lock(folder.resolve("missing").resolve("audit.jsonl").toString()))
        .isEqualTo(ExitCodes.NOT_RECORDED);
    assertThat(cli.sent).isEmpty();
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.exists(file) ? Files.readAllLines(file) : List.of();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
