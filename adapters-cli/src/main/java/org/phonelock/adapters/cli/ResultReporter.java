package org.phonelock.adapters.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.phonelock.application.ChangeCounts;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.Retries;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;

/**
 * Prints the outcome of one action: the summary on standard output (text or JSON) and, when the
 * action failed, one line on standard error naming the action, server, cause and what to do.
 * {@code lock}, {@code unlock} and each attempt of {@code schedule run} print through it, so they
 * print the same lines and the same JSON.
 */
public final class ResultReporter {
  /**
   * Which attempt of a scheduled firing an outcome belongs to.
   *
   * @param job the job name
   * @param firing the firing, e.g. {@code 2026-06-09T19:00+02:00}
   * @param number 1 for the first attempt
   * @param then what happens after a failure, e.g. {@code the next run tries again}
   */
  public record Attempt(String job, String firing, int number, String then) {}

  /** Built on first JSON output only: text output never pays Jackson's start-up (B4). */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private final CliContext context;
  private final OutputFormat format;

  public ResultReporter(CliContext context, OutputFormat format) {
    this.context = context;
    this.format = format;
  }

  /** Reports a server answer. */
  void report(PhoneLockAction action, URI server, Filter filter, PhoneLockResult result) {
    report(action, server, filter, result, Optional.empty());
  }

  /**
   * Reports a server answer, of a scheduled firing's attempt when {@code attempt} is given.
   *
   * @param attempt the attempt, named in the text line and the JSON object
   */
  public void report(PhoneLockAction action, URI server, Filter filter, PhoneLockResult result,
      Optional<Attempt> attempt) {
    if (format == OutputFormat.JSON) {
      context.out().println(write(with(json(action, server, filter, result), attempt)));
    } else if (result instanceof PhoneLockResult.Applied applied) {
      context.out().println(summary(action, server, filter, applied)
          + attempt.map(a -> " (" + about(a) + ")").orElse(""));
    }
    if (!(result instanceof PhoneLockResult.Applied)) {
      context.err().println(failureLine(action, server, result)
          + attempt.map(a -> " (" + about(a) + "; " + a.then() + ")").orElse(""));
    }
  }

  /**
   * Reports that no answer came from the server.
   *
   * @param cause the failure message, without secrets
   */
  void reportUnavailable(PhoneLockAction action, URI server, Filter filter, String cause) {
    reportUnavailable(action, server, filter, cause, Optional.empty());
  }

  /**
   * Reports that no answer came from the server, for a scheduled firing's attempt when {@code
   * attempt} is given.
   *
   * @param cause the failure message, without secrets
   * @param attempt the attempt, named in the text line and the JSON object
   */
  public void reportUnavailable(PhoneLockAction action, URI server, Filter filter, String cause,
      Optional<Attempt> attempt) {
    if (format == OutputFormat.JSON) {
      ObjectNode node = base(action, server, filter);
      node.put("outcome", "unavailable");
      node.put("exitCode", ExitCodes.UNAVAILABLE);
      node.put("message", cause);
      context.out().println(write(with(node, attempt)));
    }
    // The HTTP client's message starts with this too; say it once.
    String answerless = "no answer from the Phone Lock server to ";
    String detail = cause.startsWith(answerless) ? cause.substring(answerless.length()) : cause;
    String prefix = "phonelock: " + verb(action) + " on " + server
        + " failed: no answer from the server (" + detail + "); ";
    context.err().println(attempt
        .map(a -> prefix + "check the server and the network (" + about(a) + "; " + a.then() + ")")
        .orElse(prefix + "check --server, the network and the server, then run again"));
  }

  /** The JSON object of one server's answer, as {@code --output json} prints it alone. */
  ObjectNode jsonOf(PhoneLockAction action, URI server, Filter filter, PhoneLockResult result) {
    return json(action, server, filter, result);
  }

  /** The JSON object of a server that gave no answer. */
  ObjectNode jsonOfUnavailable(PhoneLockAction action, URI server, Filter filter, String cause) {
    ObjectNode node = base(action, server, filter);
    node.put("outcome", "unavailable");
    node.put("exitCode", ExitCodes.UNAVAILABLE);
    node.put("message", cause);
    return node;
  }

  /**
   * Prints the one JSON object of a command on several servers: {@code action}, {@code
   * filters}, {@code exitCode} (the worst) and {@code results}, one object per server.
   */
  void printAll(PhoneLockAction action, Filter filter, java.util.List<ObjectNode> results,
      int exitCode) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("action", verb(action));
    ObjectNode filters = node.putObject("filters");
    filter.values().forEach((field, value) -> filters.put(field.apiName(), value));
    node.put("exitCode", exitCode);
    node.putArray("results").addAll(results);
    context.out().println(write(node));
  }

  private static String about(Attempt attempt) {
    return "job " + attempt.job() + ", firing " + attempt.firing() + ", attempt "
        + attempt.number();
  }

  private static ObjectNode with(ObjectNode node, Optional<Attempt> attempt) {
    attempt.ifPresent(a -> {
      node.put("job", a.job());
      node.put("firing", a.firing());
      node.put("attempt", a.number());
    });
    return node;
  }

  static String summary(
      PhoneLockAction action, URI server, Filter filter, PhoneLockResult.Applied applied) {
    String counts =
        applied
            .counts()
            .map(ResultReporter::describe)
            .orElse("the server reported no counts");
    return action.endpointName() + " applied on " + server + " to " + filter + ": " + counts;
  }

  private static String describe(ChangeCounts c) {
    return c.matchedUsers() + " users, " + c.matchedLines() + " lines matched, "
        + c.changedLines() + " changed";
  }

  static String failureLine(PhoneLockAction action, URI server, PhoneLockResult result) {
    return "phonelock: " + verb(action) + " on " + server + " failed: " + cause(result);
  }

  private static String cause(PhoneLockResult result) {
    return switch (result.kind()) {
      case AUTHENTICATION_FAILED -> {
        PhoneLockResult.AuthenticationFailed r = (PhoneLockResult.AuthenticationFailed) result;
        yield "authentication failed (401)" + detail(r.serverMessage())
            + "; check --user and the password";
      }
      case PERMISSION_DENIED -> {
        PhoneLockResult.PermissionDenied r = (PhoneLockResult.PermissionDenied) result;
        // The fake server's message already names the permissions; say them once.
        yield "permission denied (403)" + detail(r.serverMessage())
            + (r.serverMessage().contains("Complete Management") ? ""
                : "; the account needs Imagicle Admin, Phone Lock Complete Management or Manage"
                    + " Department User with a department");
      }
      case REFUSED -> {
        PhoneLockResult.Refused r = (PhoneLockResult.Refused) result;
        yield r.status() == 404
            ? "not found (404)" + detail(r.serverMessage())
                + "; Phone Lock REST APIs need UCX Suite 2020.Summer.1 or later at that address,"
                + " check --server"
            : "refused by the server (" + r.status() + ")" + detail(r.serverMessage())
                + "; check the filters and the server's message";
      }
      case SERVER_ERROR -> {
        PhoneLockResult.ServerError r = (PhoneLockResult.ServerError) result;
        yield "server error (" + r.status() + ")" + detail(r.serverMessage())
            + r.retries().map(retries -> "; " + retried(r.status(), retries)).orElse("")
            + "; try again later or check the server";
      }
      case APPLIED -> "applied (" + result.status() + ")";
    };
  }

  /** What the client did, never what it might have done: a 503 with 0 retries was not retried. */
  static String retried(int status, Retries retries) {
    String done = retries.retried() == 0 ? "not retried"
        : "retried " + retries.retried() + (retries.retried() == 1 ? " time" : " times");
    String comma = retries.retried() == 0 ? ": " : ", then ";
    return switch (retries.end()) {
      case LIMIT_REACHED -> retries.limit() == 0 ? done + ": retries are set to 0"
          : done + ", the most allowed";
      case NOT_RETRYABLE -> retries.retried() == 0
          ? done + ": only 429, 502, 503 and 504 are"
          : done + comma + status + ", which is never retried";
      case WAIT_TOO_LONG -> done + comma + "the server asked to wait "
          + retries.askedWait().orElseThrow().toSeconds() + " s (Retry-After), more than the "
          + retries.maxWait().toSeconds() + " s limit";
    };
  }

  private static String detail(String message) {
    return message.isBlank() ? "" : " (server says: " + message + ")";
  }

  private static String verb(PhoneLockAction action) {
    return action.endpointName().toLowerCase(Locale.ROOT);
  }

  private static ObjectNode json(
      PhoneLockAction action, URI server, Filter filter, PhoneLockResult result) {
    ObjectNode node = base(action, server, filter);
    node.put("status", result.status());
    node.put("outcome", result instanceof PhoneLockResult.Applied ? "applied" : "failed");
    node.put("exitCode", ExitCodes.of(result));
    if (result instanceof PhoneLockResult.Applied applied && applied.counts().isPresent()) {
      ChangeCounts c = applied.counts().get();
      node.put("matchedUsers", c.matchedUsers());
      node.put("matchedLines", c.matchedLines());
      node.put("changedLines", c.changedLines());
    }
    return node;
  }

  private static ObjectNode base(PhoneLockAction action, URI server, Filter filter) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("action", verb(action));
    node.put("server", server.toString());
    ObjectNode filters = node.putObject("filters");
    filter.values().forEach((field, value) -> filters.put(field.apiName(), value));
    return node;
  }

  private static String write(ObjectNode node) {
    try {
      return Json.MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
