package org.phonelock.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;

/** {@link PhoneLockResult}: each answer carries its HTTP status (api-contract.md, "Responses"). */
class PhoneLockResultTest {

  @Test
  void eachAnswerReportsItsStatus() {
    Filter filter = Filter.builder().put("department", "R&D").build();
    assertThat(new PhoneLockResult.Applied(PhoneLockAction.LOCK, filter, Optional.empty()).status())
        .isEqualTo(200);
    assertThat(new PhoneLockResult.AuthenticationFailed("").status()).isEqualTo(401);
    assertThat(new PhoneLockResult.PermissionDenied("").status()).isEqualTo(403);
    assertThat(new PhoneLockResult.Refused(404, "no such path").status()).isEqualTo(404);
    assertThat(new PhoneLockResult.ServerError(429, "slow down").status()).isEqualTo(429);
  }

  @Test
  void appliedKeepsWhatWasSentAndTheCounts() {
    ChangeCounts counts = new ChangeCounts(1, 2, 2);
    PhoneLockResult.Applied applied =
        new PhoneLockResult.Applied(PhoneLockAction.UNLOCK, Filter.none(), Optional.of(counts));
    assertThat(applied.action()).isEqualTo(PhoneLockAction.UNLOCK);
    assertThat(applied.filter()).isEqualTo(Filter.none());
    assertThat(applied.counts()).contains(counts);
  }

  @Test
  void appliedRequiresEveryPart() {
    assertThatNullPointerException()
        .isThrownBy(() -> new PhoneLockResult.Applied(null, Filter.none(), Optional.empty()));
    assertThatNullPointerException()
        .isThrownBy(
            () -> new PhoneLockResult.Applied(PhoneLockAction.LOCK, null, Optional.empty()));
    assertThatNullPointerException()
        .isThrownBy(() -> new PhoneLockResult.Applied(PhoneLockAction.LOCK, Filter.none(), null));
  }

  @Test
  void eachResultTypeHasItsOwnKind() {
    java.util.List<PhoneLockResult> results = java.util.List.of(
        new PhoneLockResult.Applied(PhoneLockAction.LOCK, Filter.none(), Optional.empty()),
        new PhoneLockResult.AuthenticationFailed(""),
        new PhoneLockResult.PermissionDenied(""),
        new PhoneLockResult.Refused(400, ""),
        new PhoneLockResult.ServerError(503, ""));
    assertThat(results).extracting(PhoneLockResult::kind)
        .containsExactly(PhoneLockResult.Kind.values());
  }
}
