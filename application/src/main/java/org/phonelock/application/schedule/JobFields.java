package org.phonelock.application.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;

/**
 * The fields that audit records, delivery records and webhook bodies share, in the same words
 * (README, "Schedules" and "Alerts: the {@code notify:} section"), so that one adapter's JSON
 * and another's cannot drift apart.
 */
public final class JobFields {
  private JobFields() {}

  /**
   * The shared fields, in order: {@code job}, {@code action} ({@code lock} or {@code unlock}),
   * {@code server}, {@code filters} (API field names to values) and {@code firing} (ISO-8601
   * with the zone's offset).
   *
   * @return each value a {@code String}, except {@code filters}, a {@code Map<String, String>}
   */
  public static Map<String, Object> of(String job, PhoneLockAction action, String server,
      Filter filter, Instant firing, ZoneId zone) {
    Map<String, String> filters = new LinkedHashMap<>();
    filter.values().forEach((field, value) -> filters.put(field.apiName(), value));
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("job", job);
    fields.put("action", action.name().toLowerCase(Locale.ROOT));
    fields.put("server", server);
    fields.put("filters", filters);
    fields.put("firing", time(firing, zone));
    return fields;
  }

  /** An instant as every schedule record shows it: ISO-8601 with the zone's offset. */
  public static String time(Instant instant, ZoneId zone) {
    return instant.atZone(zone).toOffsetDateTime().toString();
  }
}
