package org.phonelock.adapters.cli;

/**
 * A command whose exit codes follow the monitoring-plugins convention (0 OK, 1 WARNING, 2
 * CRITICAL, 3 UNKNOWN) rather than {@link ExitCodes}: a usage error is UNKNOWN and is also
 * reported as a plugin-shaped first line on standard output, which is what a monitoring system
 * shows.
 */
public interface MonitoringPlugin {
  /** The exit code for UNKNOWN. */
  int UNKNOWN = 3;

  /**
   * The first line for a check that could not be made.
   *
   * @param reason why, one line, no secret
   * @return e.g. {@code PHONELOCK UNKNOWN - ...}
   */
  String unknownLine(String reason);
}
