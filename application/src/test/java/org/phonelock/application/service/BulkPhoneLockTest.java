package org.phonelock.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phonelock.application.ChangeCounts;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.application.port.out.ApplyPhoneLockPort;
import org.phonelock.application.port.out.PhoneLockServerUnavailableException;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.PhoneLockAction;

/** Bounded concurrency, outcomes in command order, and the stop rules of {@link BulkPhoneLock}. */
class BulkPhoneLockTest {

  @Test
  void outcomesComeInCommandOrderAndEachCommandIsSentOnce() throws Exception {
    List<String> sent = Collections.synchronizedList(new ArrayList<>());
    ApplyPhoneLockPort port = (action, filter) -> {
      sleepMillis(ThreadLocalRandom.current().nextInt(3));
      sent.add(action + " " + department(filter));
      return applied(action, filter);
    };
    List<PhoneLockCommand> commands = departments(60);

    List<BulkOutcome> outcomes = new BulkPhoneLock(port, 5).apply(PhoneLockAction.UNLOCK, commands);

    assertThat(outcomes).extracting(BulkOutcome::command).isEqualTo(commands);
    assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome)
        .isInstanceOfSatisfying(BulkOutcome.Answered.class, answered ->
            assertThat(((PhoneLockResult.Applied) answered.result()).filter())
                .isEqualTo(answered.command().filter())));
    assertThat(sent).containsExactlyInAnyOrderElementsOf(
        IntStream.range(0, 60).mapToObj(i -> "UNLOCK D" + i).toList());
  }

  @Test
  void neverMoreRequestsInFlightThanTheLimitAndTheLimitIsUsed() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch firstThree = new CountDownLatch(3);
    ApplyPhoneLockPort port = (action, filter) -> {
      most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      firstThree.countDown();
      awaitQuietly(firstThree);
      sleepMillis(1);
      inFlight.decrementAndGet();
      return applied(action, filter);
    };

    new BulkPhoneLock(port, 3).apply(PhoneLockAction.LOCK, departments(40));

    assertThat(most.get()).isEqualTo(3);
  }

  @Test
  void theDefaultLimitIsEight() {
    assertThat(new BulkPhoneLock((a, f) -> applied(a, f)).toString())
        .isEqualTo("BulkPhoneLock[maxConcurrency=8]");
    assertThat(BulkPhoneLock.MAX_CONCURRENCY).isEqualTo(32);
  }

  @ParameterizedTest
  @ValueSource(ints = {401, 403, 503, 429, 0})
  void aRefusalTheRestWouldGetTooStopsTheRun(int status) throws Exception {
    AtomicInteger calls = new AtomicInteger();
    ApplyPhoneLockPort port = (action, filter) -> {
      calls.incrementAndGet();
      return answer(status).apply(filter);
    };
    List<PhoneLockCommand> commands = departments(5);

    List<BulkOutcome> outcomes = new BulkPhoneLock(port, 1).apply(PhoneLockAction.LOCK, commands);

    assertThat(calls).hasValue(1);
    assertThat(outcomes.get(0)).isInstanceOf(status == 0
        ? BulkOutcome.Unavailable.class : BulkOutcome.Answered.class);
    assertThat(outcomes.subList(1, 5)).allSatisfy(outcome -> assertThat(outcome)
        .isInstanceOfSatisfying(BulkOutcome.NotSent.class, notSent -> assertThat(notSent.reason())
            .contains(status == 0 ? "no answer" : "answered " + status)));
    assertThat(outcomes).extracting(BulkOutcome::command).isEqualTo(commands);
  }

  @Test
  void aFilterTheServerRefusesDoesNotStopTheRun() throws Exception {
    ApplyPhoneLockPort port = (action, filter) -> new PhoneLockResult.Refused(400, "bad filter");

    List<BulkOutcome> outcomes = new BulkPhoneLock(port, 1).apply(PhoneLockAction.LOCK,
        departments(4));

    assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome)
        .isInstanceOfSatisfying(BulkOutcome.Answered.class,
            answered -> assertThat(answered.result().status()).isEqualTo(400)));
  }

  @Test
  void anUnexpectedExceptionOfThePortIsRethrownAsIs() {
    IllegalStateException closed = new IllegalStateException("client closed");
    ApplyPhoneLockPort port = (action, filter) -> {
      throw closed;
    };

    assertThatThrownBy(() -> new BulkPhoneLock(port).apply(PhoneLockAction.LOCK, departments(3)))
        .isSameAs(closed);
  }

  @Test
  void noCommandsMeansNoRequest() throws Exception {
    ApplyPhoneLockPort port = (action, filter) -> {
      throw new AssertionError("nothing must be sent");
    };
    assertThat(new BulkPhoneLock(port).apply(PhoneLockAction.LOCK, List.of())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 33})
  void aLimitOutsideOneToThirtyTwoIsRefused(int limit) {
    assertThatThrownBy(() -> new BulkPhoneLock((a, f) -> applied(a, f), limit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("concurrency limit " + limit
            + " is out of range; accepted: 1 to 32 requests in flight");
  }

  @Test
  void nullArgumentsAreRefused() {
    BulkPhoneLock bulk = new BulkPhoneLock((a, f) -> applied(a, f));
    List<PhoneLockCommand> withNull = new ArrayList<>(departments(2));
    withNull.add(null);
    assertThatThrownBy(() -> bulk.apply(PhoneLockAction.LOCK, withNull))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> bulk.apply(null, departments(1)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new BulkPhoneLock(null)).isInstanceOf(NullPointerException.class);
  }

  static List<PhoneLockCommand> departments(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> PhoneLockCommand.matching(
            Filter.builder().put(FilterField.DEPARTMENT, "D" + i).build()))
        .toList();
  }

  private static Function<Filter, PhoneLockResult> answer(int status) {
    return filter -> {
      switch (status) {
        case 401: return new PhoneLockResult.AuthenticationFailed("wrong credentials");
        case 403: return new PhoneLockResult.PermissionDenied("no permission");
        case 0: throw new PhoneLockServerUnavailableException("connection refused", null);
        default: return new PhoneLockResult.ServerError(status, "busy");
      }
    };
  }

  private static PhoneLockResult applied(PhoneLockAction action, Filter filter) {
    return new PhoneLockResult.Applied(action, filter, Optional.of(new ChangeCounts(1, 1, 1)));
  }

  private static String department(Filter filter) {
    return filter.value(FilterField.DEPARTMENT).orElseThrow();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleepMillis(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
