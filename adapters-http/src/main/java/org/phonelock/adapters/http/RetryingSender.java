package org.phonelock.adapters.http;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.phonelock.application.port.out.PhoneLockServerUnavailableException;

/** Sends a request and sends it again as {@link RetryPolicy} allows. */
final class RetryingSender {
  /** Waits; {@code Thread::sleep} in production, a recorder in tests. */
  @FunctionalInterface
  interface Sleeper {
    /**
     * Waits for {@code duration}.
     *
     * @param duration zero or more
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
  }

  /** One try at sending the request. */
  @FunctionalInterface
  interface Attempt {
    /**
     * Sends the request once.
     *
     * @return the answer
     * @throws IOException when no HTTP answer arrived
     */
    HttpAnswer send() throws IOException;
  }

  /** The production sleeper. */
  static final Sleeper THREAD_SLEEP = duration -> Thread.sleep(duration.toMillis());

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final DoubleSupplier random;
  private final Clock clock;
  private final Consumer<String> log;

  /**
   * Creates the sender.
   *
   * @param policy how often and how long to wait
   * @param sleeper how to wait
   * @param random numbers in [0, 1) for the jitter
   * @param clock the time, to read {@code Retry-After} dates
   * @param log receives one line per retry
   */
  RetryingSender(
      RetryPolicy policy, Sleeper sleeper, DoubleSupplier random, Clock clock, Consumer<String> log) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.random = random;
    this.clock = clock;
    this.log = log;
  }

  /**
   * Tries until an answer is final or the retries are used up.
   *
   * @param target the server and request, for error messages, e.g. {@code PUT
   *     https://ucx/fw/Apps/StoneLock/WebAPI/Phones/Lock}; must hold no secret
   * @param attempt one try
   * @return the first answer that is not retryable, or the last answer
   * @throws PhoneLockServerUnavailableException naming {@code target}, the number of tries and the
   *     last I/O failure, when the last try got no answer or the thread was interrupted
   */
  HttpAnswer send(String target, Attempt attempt) {
    for (int tries = 1; ; tries++) {
      HttpAnswer answer;
      try {
        answer = attempt.send();
      } catch (IOException e) {
        if (tries > policy.retries() || !isRetryable(e)) {
          throw unavailable(target, tries, e);
        }
        Duration wait = policy.backoff(tries, random.getAsDouble());
        log.accept("* no answer (" + summary(e) + "), retrying in " + wait.toMillis() + " ms");
        sleep(target, wait);
        continue;
      }
      Optional<Duration> wait = waitBeforeRetry(answer, tries);
      if (wait.isEmpty()) {
        return answer;
      }
      log.accept("* status " + answer.status() + ", retrying in " + wait.get().toMillis() + " ms");
      sleep(target, wait.get());
    }
  }

  /** Empty when the answer is final: not retryable, retries used up, or Retry-After too long. */
  private Optional<Duration> waitBeforeRetry(HttpAnswer answer, int tries) {
    if (tries > policy.retries() || !RetryPolicy.isRetryableStatus(answer.status())) {
      return Optional.empty();
    }
    Optional<Duration> asked =
        answer.retryAfter().flatMap(value -> RetryAfter.parse(value, clock.instant()));
    if (asked.isPresent() && asked.get().compareTo(policy.maxRetryAfter()) > 0) {
      log.accept("* status " + answer.status() + " asks to wait " + asked.get().toSeconds()
          + " s (Retry-After), longer than the " + policy.maxRetryAfter().toSeconds()
          + " s limit: not retrying");
      return Optional.empty();
    }
    return Optional.of(asked.orElseGet(() -> policy.backoff(tries, random.getAsDouble())));
  }

  /** A certificate the client does not trust stays untrusted however often it is tried. */
  private static boolean isRetryable(IOException e) {
    return !(e instanceof SSLHandshakeException) && !(e instanceof SSLPeerUnverifiedException)
        && !(e instanceof NoAnswer.PlainHttpAnswer);
  }

  private void sleep(String target, Duration wait) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PhoneLockServerUnavailableException(
          "interrupted while waiting to send " + target + " again", e);
    }
  }

  private static PhoneLockServerUnavailableException unavailable(
      String target, int tries, IOException e) {
    String hint =
        isRetryable(e) || e instanceof NoAnswer.PlainHttpAnswer
            ? ""
            : "; if the certificate is right, give its CA file, or for tests only use insecure mode";
    return new PhoneLockServerUnavailableException(
        "no answer from the Phone Lock server to " + target + " after " + tries
            + (tries == 1 ? " try: " : " tries: ") + summary(e) + hint,
        e);
  }

  private static String summary(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
