package org.phonelock.adapters.fakeserver;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/**
 * A fault waiting in the fake server's queue (see {@link FakePhoneLockServer#faults()}).
 *
 * @param fault the fault
 * @param remainingRequests how many more Phone Lock requests it applies to, at least 1; empty
 *     when it applies until the faults are cleared
 */
public record ScheduledFault(Fault fault, OptionalInt remainingRequests) {
  /**
   * @throws IllegalArgumentException when the remaining count is less than 1
   */
  public ScheduledFault {
    requireNonNull(fault, "fault");
    requireNonNull(remainingRequests, "remainingRequests");
    if (remainingRequests.isPresent() && remainingRequests.getAsInt() < 1) {
      throw new IllegalArgumentException("a fault must apply to 1 request or more, not "
          + remainingRequests.getAsInt());
    }
  }
}
