/**
 * The {@code phonelock} command line: picocli commands that drive the {@link
 * org.phonelock.application.port.in.LockPhones} and {@link
 * org.phonelock.application.port.in.UnlockPhones} use cases. Commands reach the HTTP client and
 * the fake server only through the small interfaces of this package ({@link
 * org.phonelock.adapters.cli.PhoneLockClientFactory}, {@link
 * org.phonelock.adapters.cli.FakeServerLauncher}); {@code org.phonelock.wiring} plugs the
 * adapters in.
 */
package org.phonelock.adapters.cli;
