/**
 * The HTTP notifier of a schedule file's {@code notify:} section (README, "Alerts: the {@code
 * notify:} section"), an adapter of the outgoing port {@link
 * org.phonelock.application.port.out.Notifier} on {@code java.net.http}.
 */
package org.phonelock.adapters.http.notify;
