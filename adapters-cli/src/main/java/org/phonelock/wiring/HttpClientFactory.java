package org.phonelock.wiring;

import jakarta.inject.Inject;
import java.util.List;
import java.util.function.UnaryOperator;
import java.io.UncheckedIOException;
import org.phonelock.adapters.cli.ConnectionSettings;
import org.phonelock.adapters.cli.InvalidInputException;
import org.phonelock.adapters.cli.PhoneLockClientFactory;
import org.phonelock.adapters.cli.PhoneLockSession;
import org.phonelock.adapters.http.CaFileException;
import org.phonelock.adapters.http.PhoneLockClient;
import org.phonelock.adapters.http.RequestPreview;
import org.phonelock.application.port.in.LockPhones;
import org.phonelock.application.port.in.UnlockPhones;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;

/** Opens CLI sessions on the Jersey client adapter ({@link PhoneLockClient}). */
final class HttpClientFactory implements PhoneLockClientFactory {
  private final UnaryOperator<PhoneLockClient.Builder> hooks;

  @Inject
  HttpClientFactory() {
    this(UnaryOperator.identity());
  }

  /** For tests: {@code hooks} sets the client's test-only settings (simulated waits). */
  HttpClientFactory(UnaryOperator<PhoneLockClient.Builder> hooks) {
    this.hooks = hooks;
  }

  @Override
  public PhoneLockSession open(ConnectionSettings settings) {
    PhoneLockClient.Builder builder =
        PhoneLockClient.builder(settings.server(), settings.credentials())
            .connectTimeout(settings.timeout())
            .readTimeout(settings.timeout())
            .retries(settings.retries())
            .insecure(settings.insecure());
    settings.caFile().ifPresent(builder::caFile);
    settings.requestLog().ifPresent(builder::requestLog);
    settings.retryLog().ifPresent(builder::retryLog);
    PhoneLockClient client;
    try {
      client = hooks.apply(builder).build();
    } catch (CaFileException | UncheckedIOException e) {
      // Building the client reads and checks only the CA file: name where it was set.
      throw new InvalidInputException(settings.caFileSource() + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage()); // a setting the CLI let through
    }
    return new PhoneLockSession() {
      @Override
      public LockPhones lockPhones() {
        return client.lockPhones();
      }

      @Override
      public UnlockPhones unlockPhones() {
        return client.unlockPhones();
      }

      @Override
      public List<String> describeRequest(PhoneLockAction action, Filter filter) {
        RequestPreview preview = client.preview(action, filter);
        List<String> lines = new java.util.ArrayList<>();
        lines.add(preview.method() + " " + preview.uri());
        lines.addAll(preview.headerLines());
        return lines;
      }

      @Override
      public void close() {
        client.close();
      }
    };
  }
}
