package org.phonelock.adapters.http;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.phonelock.application.Retries;
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
  private final Consumer<String> notices;

  /**
   * Creates the sender.
   *
   * @param policy how often and how long to wait
   * @param sleeper how to wait
   * @param random numbers in [0, 1) for the jitter
   * @param clock the time, to read {@code Retry-After} dates
   * @param log receives one line per retry, for the request log
   * @param notices receives one line per retry, before the wait, for the person waiting
   */
  RetryingSender(RetryPolicy policy, Sleeper sleeper, DoubleSupplier random, Clock clock,
      Consumer<String> log, Consumer<String> notices) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.random = random;
    this.clock = clock;
    this.log = log;
    this.notices = notices;
  }

  /**
   * The final answer and what led to it.
   *
   * @param answer the first answer that is not retryable, or the last answer
   * @param retries how often it was sent again, and why not once more
   */
  record Sent(HttpAnswer answer, Retries retries) {}

  /**
   * Tries until an answer is final or the retries are used up.
   *
   * @param target the server and request, for error messages, e.g. {@code PUT
   *     https://ucx/fw/Apps/StoneLock/WebAPI/Phones/Lock}; must hold no secret
   * @param attempt one try
   * @return the final answer, with what the retries did
   * @throws PhoneLockServerUnavailableException naming {@code target}, the number of tries and the
   *     last I/O failure, when the last try got no answer or the thread was interrupted
   */
  Sent send(String target, Attempt attempt) {
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
        notices.accept("no answer to " + target + " (" + summary(e) + ")"
            + inTurn(tries, wait, ""));
        sleep(target, wait);
        continue;
      }
      Optional<Retries.End> end = end(answer, tries);
      if (end.isPresent()) {
        return new Sent(answer, retries(tries - 1, end.get(), answer));
      }
      Optional<Duration> asked = asked(answer);
      Duration wait = asked.isPresent() ? asked.get() : policy.backoff(tries, random.getAsDouble());
      log.accept("* status " + answer.status() + ", retrying in " + wait.toMillis() + " ms");
      notices.accept(target + " answered " + answer.status()
          + inTurn(tries, wait, asked.isPresent() ? " (Retry-After)" : ""));
      sleep(target, wait);
    }
  }

  /** Empty when the answer may be retried: retryable, retries left, Retry-After not too long. */
  private Optional<Retries.End> end(HttpAnswer answer, int tries) {
    if (!RetryPolicy.isRetryableStatus(answer.status())) {
      return Optional.of(Retries.End.NOT_RETRYABLE);
    }
    if (tries > policy.retries()) {
      return Optional.of(Retries.End.LIMIT_REACHED);
    }
    Optional<Duration> asked = asked(answer);
    if (asked.isPresent() && asked.get().compareTo(policy.maxRetryAfter()) > 0) {
      log.accept("* status " + answer.status() + " asks to wait " + asked.get().toSeconds()
          + " s (Retry-After), longer than the " + policy.maxRetryAfter().toSeconds()
          + " s limit: not retrying");
      return Optional.of(Retries.End.WAIT_TOO_LONG);
    }
    return Optional.empty();
  }

  private Optional<Duration> asked(HttpAnswer answer) {
    return answer.retryAfter().flatMap(value -> RetryAfter.parse(value, clock.instant()));
  }

  private Retries retries(int retried, Retries.End end, HttpAnswer answer) {
    Optional<Duration> refused =
        end == Retries.End.WAIT_TOO_LONG ? asked(answer) : Optional.empty();
    return new Retries(retried, policy.retries(), end, refused, policy.maxRetryAfter());
  }

  /** E.g. {@code ; retry 2 of 10 in 1.4 s}: which retry comes, and when. */
  private String inTurn(int tries, Duration wait, String why) {
    return String.format(Locale.ROOT, "; retry %d of %d in %.1f s%s",
        tries, policy.retries(), wait.toMillis() / 1000.0, why);
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
