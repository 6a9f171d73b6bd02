package org.phonelock.adapters.cli;

import picocli.CommandLine.Command;

/**
 * The exit codes of {@link ExitCodes}, as the "Exit codes" section of {@code --help} and of the man
 * pages (picocli copies a mixin's exit code list into the command that mixes it in). One list, so
 * that {@code phonelock}, {@code lock}, {@code unlock} and {@code schedule run} cannot disagree.
 */
@Command(
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:internal error (please report it)",
      "2:usage or invalid input; nothing was sent",
      "3:authentication failed (HTTP 401)",
      "4:permission denied (HTTP 403)",
      "5:refused by the server (other HTTP 4xx; 404: no Phone Lock REST API at that address)",
      "6:server error, timeout or unreachable after retries",
      "7:schedule run: audit log or state file could not be written; the run stopped",
    })
public final class ExitCodeList {}
