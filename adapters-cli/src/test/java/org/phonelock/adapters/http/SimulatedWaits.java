package org.phonelock.adapters.http;

import java.time.Duration;
import java.util.List;

/**
 * Reaches the client builder's package-private test settings from the CLI's tests (same package
 * on the class path): retries wait on a recorder instead of the clock.
 */
public final class SimulatedWaits {
  private SimulatedWaits() {}

  /**
   * Makes {@code builder} record its waits instead of sleeping, with the jitter fixed at half.
   *
   * @param builder the builder the CLI configured
   * @param waits receives each wait
   * @return the builder
   */
  public static PhoneLockClient.Builder recordedIn(
      PhoneLockClient.Builder builder, List<Duration> waits) {
    return builder.sleeper(waits::add).random(() -> 0.5);
  }
}
