package org.phonelock.adapters.fakeserver.internal.state;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The fake server's answer to a successful action (api-contract.md, "Responses": {@code
 * {"action":"Lock","matchedUsers":N,"matchedLines":N,"changedLines":N}}).
 *
 * @param action {@code Lock} or {@code Unlock}
 * @param matchedUsers users visible to the caller that match every filter
 * @param matchedLines the phone lines of those users
 * @param changedLines the lines whose state actually changed
 */
@JsonPropertyOrder({"action", "matchedUsers", "matchedLines", "changedLines"})
public record ActionSummary(String action, int matchedUsers, int matchedLines, int changedLines) {}
