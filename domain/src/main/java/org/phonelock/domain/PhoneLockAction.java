package org.phonelock.domain;

/**
 * The two Phone Lock actions, one REST endpoint each (vendor page, "EndPoints"):
 * {@code PUT /fw/Apps/StoneLock/WebAPI/Phones/Lock} and {@code .../Phones/Unlock}.
 */
public enum PhoneLockAction {
  /** Stop the selected phone lines from making outgoing calls. */
  LOCK("Lock", true),
  /** Let the selected phone lines make outgoing calls again. */
  UNLOCK("Unlock", false);

  private final String endpointName;
  private final boolean locks;

  PhoneLockAction(String endpointName, boolean locks) {
    this.endpointName = endpointName;
    this.locks = locks;
  }

  /**
   * The last path segment of the endpoint, spelt as on the vendor page.
   *
   * @return {@code Lock} or {@code Unlock}
   */
  public String endpointName() {
    return endpointName;
  }

  /**
   * The state every selected line has after the action.
   *
   * @return true for locked (LOCK), false for unlocked (UNLOCK)
   */
  public boolean targetLockedState() {
    return locks;
  }
}
