/**
 * Schedules (README, "Schedules"):
 * jobs that lock or unlock at cron times in one IANA time zone, with company holidays.
 *
 * <p>The rules live here, in plain Java: when a job fires, DST included ({@link FiringTimes}),
 * what a start after downtime must apply ({@link CatchUpPlanner}), retrying until success or a
 * later firing for the same filters supersedes ({@link PendingFirings}), and the run loop on an
 * injectable clock ({@link ScheduleRunner}). Cron parsing, YAML, the audit log file and the state
 * file are adapters behind the outgoing ports of {@link org.phonelock.application.port.out}
 * ({@code CronRule}, {@code AuditLog}, {@code ScheduleStateStore}, ...); a schedule is run through
 * the incoming port {@link org.phonelock.application.port.in.RunSchedule}.
 */
package org.phonelock.application.schedule;
