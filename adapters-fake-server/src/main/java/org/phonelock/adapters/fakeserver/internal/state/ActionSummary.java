package org.phonelock.adapters.fakeserver.internal.state;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.phonelock.adapters.fakeserver.internal.http.Json;

/**
 * The fake server's answer to a successful action (api-contract.md, "Responses": {@code
 * {"action":"Lock","matchedUsers":N,"matchedLines":N,"changedLines":N}}).
 *
 * @param action {@code Lock} or {@code Unlock}
 * @param matchedUsers users visible to the caller that match every filter
 * @param matchedLines the phone lines of those users
 * @param changedLines the lines whose state actually changed
 */
public record ActionSummary(String action, int matchedUsers, int matchedLines, int changedLines)
    implements Json.Streamed {
  /** Writes the object of api-contract.md, its fields in that order. */
  @Override
  public void writeTo(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("action", action);
    json.writeNumberField("matchedUsers", matchedUsers);
    json.writeNumberField("matchedLines", matchedLines);
    json.writeNumberField("changedLines", changedLines);
    json.writeEndObject();
  }
}
