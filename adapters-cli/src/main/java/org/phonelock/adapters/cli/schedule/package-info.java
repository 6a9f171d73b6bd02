/**
 * {@code phonelock schedule}: the schedule file (YAML through SnakeYAML), cron expressions
 * (cron-utils), the exports for systemd, cron and Windows Task Scheduler, and the picocli
 * subcommands. The scheduling rules themselves are in {@link
 * org.phonelock.application.schedule}; the state file, audit log and metrics file are opened
 * through the application's outgoing ports ({@link RecordStores}), whose file adapters the
 * wiring plugs in.
 */
package org.phonelock.adapters.cli.schedule;
