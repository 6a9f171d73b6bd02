package org.phonelock.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class RetryPolicyTest {
  private final RetryPolicy policy = RetryPolicy.withRetries(2);

  @Property(tries = 2_000, generation = GenerationMode.RANDOMIZED)
  void backoffIsFullJitterUnderADoublingCappedCeiling(
      @ForAll @IntRange(min = 1, max = 64) int retry,
      @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double random) {
    long ceiling = Math.min(500L << Math.min(retry - 1, 20), 8_000);
    Duration wait = policy.backoff(retry, random);
    assertThat(wait).isBetween(Duration.ZERO, Duration.ofMillis(ceiling));
    assertThat(wait.toMillis()).isEqualTo((long) (ceiling * random));
  }

  @Example
  void ceilingsDoubleFromHalfASecondUpToEightSeconds() {
    assertThat(policy.backoff(1, 0.999_999)).isEqualTo(Duration.ofMillis(499));
    assertThat(policy.backoff(2, 0.5)).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.backoff(3, 0.5)).isEqualTo(Duration.ofMillis(1_000));
    assertThat(policy.backoff(10, 0.5)).isEqualTo(Duration.ofMillis(4_000));
    assertThat(policy.backoff(1, 0)).isEqualTo(Duration.ZERO);
  }

  @Example
  void retriesOnlyTheStatusesThatMaySucceedLater() {
    for (int status = 100; status < 600; status++) {
      boolean expected = status == 429 || status == 502 || status == 503 || status == 504;
      assertThat(RetryPolicy.isRetryableStatus(status)).as("status %d", status).isEqualTo(expected);
    }
  }

  @Example
  void refusesRetryCountsOutsideZeroToTen() {
    assertThat(RetryPolicy.withRetries(0).retries()).isZero();
    assertThat(RetryPolicy.withRetries(10).retries()).isEqualTo(10);
    for (int bad : new int[] {-1, 11, Integer.MIN_VALUE}) {
      assertThatThrownBy(() -> RetryPolicy.withRetries(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("retries " + bad + " is out of range; accepted: 0 to 10");
    }
  }
}
