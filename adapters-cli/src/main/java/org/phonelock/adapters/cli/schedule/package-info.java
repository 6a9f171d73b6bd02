/**
 * {@code phonelock schedule}: the schedule file (YAML through SnakeYAML), cron expressions
 * (cron-utils), the audit log and state files, the exports for systemd, cron and Windows Task
 * Scheduler, and the picocli subcommands. The scheduling rules themselves are in {@link
 * org.phonelock.application.schedule}.
 */
package org.phonelock.adapters.cli.schedule;
