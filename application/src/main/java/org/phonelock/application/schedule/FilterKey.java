package org.phonelock.application.schedule;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.Text;

/**
 * Identifies a set of filters for catch-up and supersession: two jobs act on the same lines
 * exactly when their filters are equal up to case, because the server compares values
 * case-insensitively (api-contract.md, "Filters"). So {@code department: R&D} and {@code
 * department: r&d} share one key.
 *
 * @param folded each filtered field with its case-folded value; empty for every visible line
 */
public record FilterKey(ImmutableSortedMap<FilterField, String> folded) {
  /**
   * The key of a filter.
   *
   * @param filter any filter, possibly empty
   * @return its key
   */
  public static FilterKey of(Filter filter) {
    ImmutableSortedMap.Builder<FilterField, String> builder = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<FilterField, String> entry : filter.values().entrySet()) {
      builder.put(entry.getKey(), Text.caseKey(entry.getValue()));
    }
    return new FilterKey(builder.buildOrThrow());
  }
}
