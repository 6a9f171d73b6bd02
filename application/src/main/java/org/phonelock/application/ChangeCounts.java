package org.phonelock.application;

/**
 * The counts a server may report for one action (api-contract.md, "Responses": the fake server's
 * JSON body {@code {"action":..., "matchedUsers":N, "matchedLines":N, "changedLines":N}}).
 *
 * @param matchedUsers users visible to the caller that matched every filter, 0 or more
 * @param matchedLines phone lines of those users, 0 or more
 * @param changedLines lines whose lock state actually changed, 0 to {@code matchedLines}
 */
public record ChangeCounts(int matchedUsers, int matchedLines, int changedLines) {
  /**
   * Checks the invariants.
   *
   * @throws IllegalArgumentException when a count is negative, more lines changed than matched,
   *     or lines matched without any user (the lines are those of the matched users)
   */
  public ChangeCounts {
    if (matchedUsers < 0
        || matchedLines < 0
        || changedLines < 0
        || changedLines > matchedLines
        || (matchedUsers == 0 && matchedLines > 0)) {
      throw new IllegalArgumentException(
          "inconsistent counts: users=" + matchedUsers + " lines=" + matchedLines + " changed="
              + changedLines + "; accepted: users >= 0, 0 <= changed <= lines, and lines = 0"
              + " when users = 0");
    }
  }
}
