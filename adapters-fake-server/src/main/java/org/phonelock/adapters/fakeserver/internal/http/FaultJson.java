package org.phonelock.adapters.fakeserver.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.phonelock.adapters.fakeserver.Fault;
import org.phonelock.adapters.fakeserver.ScheduledFault;

/**
 * The JSON form of faults for {@code /__fake/faults}, the same in requests and answers:
 * {@code {"kind":"delay","delayMillis":500}}, {@code {"kind":"delay","minDelayMillis":100,
 * "maxDelayMillis":900}}, {@code {"kind":"status","status":503,"retryAfterSeconds":5}}, {@code
 * {"kind":"drop"}}, {@code {"kind":"reset"}}, {@code {"kind":"truncate"}}; each with an optional {@code "times":N} (requests;
 * absent means until cleared). Answers show {@code "remaining"} instead of {@code "times"}.
 */
public final class FaultJson {
  private static final Map<String, List<String>> FIELDS = Map.of(
      "delay", List.of("kind", "times", "delayMillis", "minDelayMillis", "maxDelayMillis"),
      "status", List.of("kind", "times", "status", "retryAfterSeconds"),
      "drop", List.of("kind", "times"),
      "reset", List.of("kind", "times"),
      "truncate", List.of("kind", "times"));

  private FaultJson() {}

  /**
   * Reads a fault request.
   *
   * @param body the JSON body
   * @return the fault and how many requests it applies to
   * @throws IllegalArgumentException when the body is not such an object; the message names the
   *     field and what would be accepted
   */
  public static ScheduledFault parse(byte[] body) {
    JsonNode root = readObject(body);
    String kind = root.path("kind").asText("");
    List<String> fields = FIELDS.get(kind);
    if (fields == null) {
      throw new IllegalArgumentException("field 'kind' is '" + kind + "'; accepted: delay, status,"
          + " drop, reset, truncate");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!fields.contains(name)) {
        throw new IllegalArgumentException("unknown field '" + name + "' for kind '" + kind
            + "'; accepted: " + String.join(", ", fields));
      }
    }
    OptionalInt times = root.has("times")
        ? OptionalInt.of(Math.toIntExact(number(root, "times", 1, Integer.MAX_VALUE)))
        : OptionalInt.empty();
    return new ScheduledFault(fault(kind, root), times);
  }

  /**
   * The JSON form of a queued fault.
   *
   * @param scheduled the fault
   * @return its fields plus {@code remaining} (null for "until cleared")
   */
  public static Map<String, Object> toJson(ScheduledFault scheduled) {
    Map<String, Object> json = toJson(scheduled.fault());
    json.put("remaining", scheduled.remainingRequests().isPresent()
        ? scheduled.remainingRequests().getAsInt() : null);
    return json;
  }

  /**
   * The JSON form of a fault.
   *
   * @param fault the fault
   * @return a mutable map with {@code kind} first
   */
  public static Map<String, Object> toJson(Fault fault) {
    Map<String, Object> json = new LinkedHashMap<>();
    if (fault instanceof Fault.Delay delay) {
      json.put("kind", "delay");
      json.put("minDelayMillis", delay.min().toMillis());
      json.put("maxDelayMillis", delay.max().toMillis());
    } else if (fault instanceof Fault.Status status) {
      json.put("kind", "status");
      json.put("status", status.status());
      status.retryAfterSeconds().ifPresent(seconds -> json.put("retryAfterSeconds", seconds));
    } else if (fault instanceof Fault.Drop) {
      json.put("kind", "drop");
    } else if (fault instanceof Fault.Reset) {
      json.put("kind", "reset");
    } else {
      json.put("kind", "truncate");
    }
    return json;
  }

  private static JsonNode readObject(byte[] body) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      // The original message (e.g. "Duplicate field 'kind'") names the problem without the
      // parser's source excerpt.
      throw new IllegalArgumentException("the body is not JSON made of one object with each field"
          + " once (" + e.getOriginalMessage() + "); send e.g. {\"kind\":\"status\","
          + "\"status\":503,\"times\":2}");
    } catch (IOException e) {
      throw new IllegalArgumentException("the body is not JSON; send e.g. {\"kind\":\"status\","
          + "\"status\":503,\"times\":2}");
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the body must be a JSON object such as"
          + " {\"kind\":\"drop\",\"times\":1}");
    }
    return root;
  }

  private static Fault fault(String kind, JsonNode root) {
    switch (kind) {
      case "delay":
        return delay(root);
      case "status":
        int status = (int) number(root, "status", Fault.Status.LOWEST, Fault.Status.HIGHEST);
        return root.has("retryAfterSeconds")
            ? Fault.status(status, number(root, "retryAfterSeconds", 0,
                Fault.Status.LONGEST_RETRY_AFTER_SECONDS))
            : Fault.status(status);
      case "drop":
        return Fault.drop();
      case "reset":
        return Fault.reset();
      default:
        return Fault.truncate();
    }
  }

  private static Fault delay(JsonNode root) {
    if (!root.has("delayMillis")) {
      return Fault.randomDelay(millis(root, "minDelayMillis"), millis(root, "maxDelayMillis"));
    }
    if (root.has("minDelayMillis") || root.has("maxDelayMillis")) {
      throw new IllegalArgumentException(
          "give either delayMillis or minDelayMillis and maxDelayMillis, not both");
    }
    return Fault.delay(millis(root, "delayMillis"));
  }

  private static Duration millis(JsonNode root, String field) {
    return Duration.ofMillis(number(root, field, 0, Fault.Delay.LONGEST.toMillis()));
  }

  private static long number(JsonNode root, String field, long min, long max) {
    JsonNode node = root.get(field);
    if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()
        || node.asLong() < min || node.asLong() > max) {
      // The real bounds, always: "from 1 up" read as unbounded, and then refused a large value.
      throw new IllegalArgumentException("field '" + field + "' must be a whole number from "
          + min + " to " + max
          + (max == Fault.Delay.LONGEST.toMillis() ? " (" + Fault.Delay.LONGEST_TEXT + ")" : ""));
    }
    return node.asLong();
  }
}
