/**
 * The files a schedule keeps, as adapters of the application's outgoing ports: the state file
 * ({@link org.phonelock.application.port.out.ScheduleStateStore}), the audit log and the attempt
 * history read back from it ({@link org.phonelock.application.port.out.AuditLog}, {@link
 * org.phonelock.application.port.out.AttemptHistory}), and the Prometheus metrics file ({@link
 * org.phonelock.application.port.out.ScheduleMetrics}). A file that is not what it should be is
 * refused with {@link org.phonelock.application.port.out.RefusedFileException}; an I/O failure
 * is an {@link java.io.UncheckedIOException}. Every file is read with a size cap and replaced
 * atomically or appended with one forced write, so a crash leaves no half of a record.
 */
package org.phonelock.adapters.files;
