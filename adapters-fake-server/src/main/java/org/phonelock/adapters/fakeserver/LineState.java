package org.phonelock.adapters.fakeserver;

/**
 * The current state of one phone line in the fake server, as {@code GET /__fake/lines} shows it
 * (api-contract.md, "Which lines an action touches": a user owns zero or more lines, each an
 * extension optionally in a partition).
 *
 * @param username the user owning the line, spelt as in the directory
 * @param department the owner's department, or null when the owner has none
 * @param extension the line's directory number
 * @param partition the line's partition, or null when the line has none
 * @param locked true when the line is locked
 */
public record LineState(
    String username, String department, String extension, String partition, boolean locked) {}
