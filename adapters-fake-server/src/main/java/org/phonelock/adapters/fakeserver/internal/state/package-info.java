/**
 * Internal, not part of the API (it may change in any release): the fake server's state: lines,
 * users, journal, faults, verification. Test authors use the types of {@code
 * org.phonelock.adapters.fakeserver} and its {@code junit} package.
 */
package org.phonelock.adapters.fakeserver.internal.state;
