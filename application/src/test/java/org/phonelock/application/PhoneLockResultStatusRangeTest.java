package org.phonelock.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each status belongs to exactly one result type; server messages are never null. */
class PhoneLockResultStatusRangeTest {

  @ParameterizedTest
  @ValueSource(ints = {100, 200, 204, 299, 401, 403, 429, 500, 0, -1})
  void refusedTakesARedirectOrAnotherFourHundredOnly(int status) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PhoneLockResult.Refused(status, ""))
        .withMessageContaining(String.valueOf(status));
  }

  @ParameterizedTest
  @ValueSource(ints = {300, 302, 399, 400, 404, 405, 499})
  void refusedKeepsItsStatus(int status) {
    assertThat(new PhoneLockResult.Refused(status, "").status()).isEqualTo(status);
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 204, 299, 302, 400, 401, 403, 404, 499})
  void serverErrorTakesNoSuccessRedirectOrClientErrorStatus(int status) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PhoneLockResult.ServerError(status, ""))
        .withMessageContaining(String.valueOf(status));
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 500, 503, 599, 600, 101})
  void serverErrorKeepsItsStatus(int status) {
    assertThat(new PhoneLockResult.ServerError(status, "").status()).isEqualTo(status);
  }

  @Test
  void serverMessagesAreNeverNull() {
    assertThatNullPointerException()
        .isThrownBy(() -> new PhoneLockResult.AuthenticationFailed(null));
    assertThatNullPointerException().isThrownBy(() -> new PhoneLockResult.PermissionDenied(null));
    assertThatNullPointerException().isThrownBy(() -> new PhoneLockResult.Refused(400, null));
    assertThatNullPointerException().isThrownBy(() -> new PhoneLockResult.ServerError(503, null));
  }
}
