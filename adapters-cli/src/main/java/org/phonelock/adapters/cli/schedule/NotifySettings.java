package org.phonelock.adapters.cli.schedule;

import java.util.OptionalInt;
import org.phonelock.application.SettingValues;
import org.phonelock.adapters.cli.Problems;
import org.phonelock.adapters.cli.YamlMapping;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.phonelock.domain.Redaction;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The {@code notify:} section of a schedule file (README, "Monitoring and alerts").
 *
 * @param webhook receives a JSON POST on failure and on recovery
 * @param ping receives a GET on success and a GET of {@code URL/fail} on failure
 * @param afterFailedAttempts how many failed attempts of a firing make a failure (default 1)
 */
record NotifySettings(Optional<URI> webhook, Optional<URI> ping, int afterFailedAttempts) {
  static final NotifySettings NONE = new NotifySettings(Optional.empty(), Optional.empty(), 1);
  private static final List<String> KEYS = List.of("webhook", "ping", "after-failed-attempts");

  boolean any() {
    return webhook.isPresent() || ping.isPresent();
  }

  static NotifySettings read(Node node, Problems problems) {
    Optional<YamlMapping> read = YamlMapping.read(node, "notify", KEYS, problems);
    if (read.isEmpty()) {
      return NONE;
    }
    YamlMapping notify = read.get();
    Optional<URI> webhook = notify.text("webhook", false)
        .flatMap(t -> url(t, "webhook", notify.get("webhook").orElseThrow(), problems));
    Optional<URI> ping = notify.text("ping", false)
        .flatMap(t -> url(t, "ping", notify.get("ping").orElseThrow(), problems));
    int after = notify.text("after-failed-attempts", false).map(t -> {
      OptionalInt n = SettingValues.wholeNumber(t, 1, 1000);
      if (n.isEmpty()) {
        problems.add(notify.get("after-failed-attempts").orElseThrow(),
            "notify: after-failed-attempts '" + t + "' is not accepted; expected 1 to 1000");
      }
      return n.orElse(1);
    }).orElse(1);
    if (webhook.isEmpty() && ping.isEmpty() && problems.isEmpty()) {
      problems.add(node, "notify: give webhook, ping or both");
    }
    return new NotifySettings(webhook, ping, after);
  }

  /** An http or https URL with a host; the message shows it redacted (it may hold a token). */
  private static Optional<URI> url(String text, String key, Node at, Problems problems) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
          && uri.getRawUserInfo() == null && uri.getRawFragment() == null) {
        return Optional.of(uri);
      }
      problems.add(at, "notify: " + key + " " + Redaction.url(uri) + " is not accepted; expected"
          + " an http or https URL with a host, without user:password@ or #fragment");
    } catch (URISyntaxException e) {
      problems.add(at, "notify: " + key + " is not a URL (" + e.getReason()
          + "); quote it if it holds spaces or YAML characters");
    }
    return Optional.empty();
  }
}
