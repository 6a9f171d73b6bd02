package org.phonelock.domain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The query-string filters of one Phone Lock action: at most one value per {@link FilterField},
 * combined with AND (vendor page, "Filters"; api-contract.md, "Filters").
 *
 * <p>Safety rules (api-contract.md, "Filters": "a typo must never widen a lock to the whole
 * company"): a field appears at most once; no value is empty or made only of white space or
 * invisible characters ({@link Text#isBlankOrInvisible}). A value is otherwise taken exactly as
 * given: no trimming, no normalisation, any Unicode text that has a UTF-8 form. Every entry point
 * (CLI flags, schedule files, the library, the fake server) builds its filter here, so they
 * refuse the same values. An empty filter means "every line the
 * caller can see"; {@link #isEmpty()} lets callers demand explicit consent for that.
 *
 * @param values the value of each filtered field, in {@link FilterField} order
 */
public record Filter(ImmutableSortedMap<FilterField, String> values) {

  private static final Filter NONE = new Filter(ImmutableSortedMap.of());

  /**
   * Checks the invariants.
   *
   * @throws InvalidFilterException when a value is empty or has an unpaired surrogate
   */
  public Filter {
    requireNonNull(values, "values");
    // A map sorted by another comparator would break "in FilterField order" for toString and
    // for the query the HTTP adapter builds; copyOf returns the same map when already natural.
    values = ImmutableSortedMap.copyOf(values, Comparator.naturalOrder());
    values.forEach(Filter::checkValue);
  }

  /**
   * The filter that selects every line the caller can see ("global level" on the vendor page).
   *
   * @return the empty filter
   */
  public static Filter none() {
    return NONE;
  }

  /**
   * A filter from field values.
   *
   * @param values field to value; each value non-empty
   * @return the filter
   * @throws InvalidFilterException when a value is empty or not encodable as UTF-8
   */
  public static Filter of(Map<FilterField, String> values) {
    return new Filter(ImmutableSortedMap.copyOf(values));
  }

  /**
   * A filter builder, which refuses a field given twice.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether this filter selects every visible line.
   *
   * @return true when no field is filtered
   */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /**
   * The value for one field.
   *
   * @param field the field
   * @return its value, or empty when the field is not filtered
   */
  public Optional<String> value(FilterField field) {
    return Optional.ofNullable(values.get(field));
  }

  /**
   * Tells whether {@code user} matches every field of this filter. A user without a value for a
   * filtered field does not match. Values compare by {@link Text#caseKey} (api-contract.md,
   * "Filters": lowercase mapping per code point, never through uppercase, no normalisation).
   *
   * @param user the user
   * @return true when every filtered field of the user matches the filter's value
   */
  public boolean matches(ImagicleUser user) {
    for (Map.Entry<FilterField, String> entry : values.entrySet()) {
      Optional<String> actual = user.field(entry.getKey());
      if (actual.isEmpty() || !Text.matchesIgnoringCase(actual.get(), entry.getValue())) {
        return false;
      }
    }
    return true;
  }

  /**
   * A readable form for summaries and logs, e.g. {@code department="R&D" customField1="Example1"},
   * or {@code (no filter: every visible line)}. Values are quoted by {@link Text#quote}, so a
   * value cannot pose as another field or break a log line.
   *
   * @return the description
   */
  @Override
  public String toString() {
    if (values.isEmpty()) {
      return "(no filter: every visible line)";
    }
    return values.entrySet().stream()
        .map(e -> e.getKey().apiName() + "=" + Text.quote(e.getValue()))
        .collect(Collectors.joining(" "));
  }

  private static void checkValue(FilterField field, String value) {
    requireNonNull(value, field.apiName());
    if (value.isEmpty()) {
      throw new InvalidFilterException(
          "filter " + field.apiName() + " has an empty value; give a non-empty value or leave the"
              + " filter out");
    }
    if (Text.isBlankOrInvisible(value)) {
      throw new InvalidFilterException(
          "filter " + field.apiName() + " has a value of only white space or invisible characters"
              + " (" + Text.quote(value) + "); give the field's visible value (it is compared"
              + " exactly, no trimming) or leave the filter out");
    }
    if (!Text.isWellFormedUtf16(value)) {
      throw new InvalidFilterException(
          "filter " + field.apiName() + " has a value that is not valid Unicode text (unpaired"
              + " surrogate); it cannot be sent as UTF-8");
    }
  }

  /** Collects field values, refusing a field twice (api-contract.md: "the same field twice"). */
  public static final class Builder {
    private final ImmutableSortedMap.Builder<FilterField, String> values =
        ImmutableSortedMap.naturalOrder();
    private final java.util.EnumSet<FilterField> seen = java.util.EnumSet.noneOf(FilterField.class);

    private Builder() {}

    /**
     * Adds one field value.
     *
     * @param field the field
     * @param value its value, non-empty
     * @return this builder
     * @throws InvalidFilterException when {@code field} was already given or the value is empty
     */
    public Builder put(FilterField field, String value) {
      if (seen.contains(field)) {
        throw new InvalidFilterException(
            "filter " + field.apiName() + " is given more than once; give each field at most once");
      }
      checkValue(field, value);
      seen.add(field);
      values.put(field, value);
      return this;
    }

    /**
     * Adds one field value by its API name, matched case-insensitively.
     *
     * @param name a field name such as {@code department} or {@code customField2}
     * @param value its value, non-empty
     * @return this builder
     * @throws InvalidFilterException when the name is unknown, the field was already given or the
     *     value is empty
     */
    public Builder put(String name, String value) {
      FilterField field =
          FilterField.fromApiName(name)
              .orElseThrow(
                  () ->
                      new InvalidFilterException(
                          "unknown filter field '" + name + "'; accepted: "
                              + FilterField.acceptedNames()));
      return put(field, value);
    }

    /**
     * Builds the filter.
     *
     * @return the filter, possibly empty
     */
    public Filter build() {
      return new Filter(values.buildOrThrow());
    }
  }
}
