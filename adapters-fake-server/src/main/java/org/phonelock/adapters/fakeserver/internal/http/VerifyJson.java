package org.phonelock.adapters.fakeserver.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.phonelock.adapters.fakeserver.RequestCount;
import org.phonelock.adapters.fakeserver.RequestPattern;
import org.phonelock.domain.InvalidFilterException;

/**
 * The body of {@code POST /__fake/verify}: a {@link RequestPattern} and a {@link RequestCount},
 * e.g. {@code {"action":"lock","filters":{"department":"R&D"},"user":"svc-lock","status":200,
 * "count":{"exactly":1}}}. Every field is optional: no {@code action} means any request, no
 * {@code count} means {@code {"atLeast":1}} (as WireMock's {@code verify} without a count).
 * {@code "noFilter":true} requires a request without filter. Unknown fields are refused, so a typo
 * cannot widen the pattern.
 */
final class VerifyJson {
  private static final List<String> FIELDS =
      List.of("action", "filters", "noFilter", "user", "status", "count");
  private static final List<String> COUNTS = List.of("exactly", "atLeast", "atMost");

  /** A parsed request. */
  public record Request(RequestCount count, RequestPattern pattern) {}

  private VerifyJson() {}

  /**
   * Reads a verification request.
   *
   * @param body the JSON body
   * @return the count and pattern
   * @throws IllegalArgumentException when the body is not such an object; the message names the
   *     field and what would be accepted
   */
  public static Request parse(byte[] body) {
    JsonNode root = readObject(body);
    checkNames(root, FIELDS, "");
    RequestPattern pattern = action(root.path("action"));
    JsonNode filters = root.path("filters");
    if (!filters.isMissingNode()) {
      if (!filters.isObject()) {
        throw new IllegalArgumentException("field 'filters' must be an object such as"
            + " {\"department\":\"R&D\"}");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = filters.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> filter = it.next();
        try {
          pattern = pattern.withFilter(filter.getKey(), text(filter.getValue(),
              "filters." + filter.getKey()));
        } catch (InvalidFilterException e) {
          throw new IllegalArgumentException(e.getMessage(), e);
        }
      }
    }
    if (root.has("noFilter")) {
      if (!root.get("noFilter").isBoolean()) {
        throw new IllegalArgumentException("field 'noFilter' must be true or false");
      }
      if (root.get("noFilter").asBoolean()) {
        if (!filters.isMissingNode() && filters.size() > 0) {
          throw new IllegalArgumentException("give 'filters' or \"noFilter\":true, not both");
        }
        pattern = pattern.withNoFilter();
      }
    }
    if (root.has("user")) {
      pattern = pattern.withUser(text(root.get("user"), "user"));
    }
    if (root.has("status")) {
      pattern = pattern.withStatus(number(root.get("status"), "status", 0, 599));
    }
    return new Request(count(root.path("count")), pattern);
  }

  private static RequestPattern action(JsonNode action) {
    if (action.isMissingNode()) {
      return RequestPattern.anyRequest();
    }
    switch (action.asText("").toLowerCase(java.util.Locale.ROOT)) {
      case "lock":
        return RequestPattern.lockRequests();
      case "unlock":
        return RequestPattern.unlockRequests();
      default:
        throw new IllegalArgumentException("field 'action' is " + action + "; accepted: \"lock\","
            + " \"unlock\", or leave it out for any request");
    }
  }

  private static RequestCount count(JsonNode count) {
    if (count.isMissingNode()) {
      return RequestCount.atLeast(1);
    }
    if (!count.isObject() || count.size() != 1) {
      throw new IllegalArgumentException("field 'count' must be an object with one of "
          + String.join(", ", COUNTS) + ", e.g. {\"exactly\":1}; {\"exactly\":0} for never");
    }
    checkNames(count, COUNTS, "count.");
    String kind = count.fieldNames().next();
    int n = number(count.get(kind), "count." + kind, 0, Integer.MAX_VALUE);
    return switch (kind) {
      case "exactly" -> RequestCount.exactly(n);
      case "atLeast" -> RequestCount.atLeast(n);
      default -> RequestCount.atMost(n);
    };
  }

  private static void checkNames(JsonNode object, List<String> accepted, String prefix) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!accepted.contains(name)) {
        throw new IllegalArgumentException("unknown field '" + prefix + name + "'; accepted: "
            + String.join(", ", accepted));
      }
    }
  }

  private static String text(JsonNode node, String field) {
    if (!node.isTextual()) {
      throw new IllegalArgumentException("field '" + field + "' must be a string");
    }
    return node.asText();
  }

  private static int number(JsonNode node, String field, int min, int max) {
    if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min
        || node.asInt() > max) {
      throw new IllegalArgumentException("field '" + field + "' must be a whole number from "
          + min + (max == Integer.MAX_VALUE ? " up" : " to " + max));
    }
    return node.asInt();
  }

  private static JsonNode readObject(byte[] body) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(body);
    } catch (IOException e) {
      throw new IllegalArgumentException("the body is not JSON; send e.g. {\"action\":\"lock\","
          + "\"filters\":{\"department\":\"R&D\"},\"count\":{\"exactly\":1}}");
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the body must be a JSON object such as"
          + " {\"action\":\"lock\",\"count\":{\"atLeast\":1}}");
    }
    return root;
  }
}
