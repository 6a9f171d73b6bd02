/**
 * The record files of {@code phonelock schedule run} and {@code status} (README, "Schedules",
 * "Monitoring and alerts") and of {@code lock --audit-log}.
 */
package org.phonelock.adapters.files.schedule;
