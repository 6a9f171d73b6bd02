package org.phonelock.adapters.cli;

import java.util.ArrayList;
import java.util.List;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.InvalidFilterException;
import picocli.CommandLine.Option;

/**
 * The filter flags of {@code lock} and {@code unlock}. Safety (api-contract.md, "Filters"): an
 * empty value, a field given twice, an unknown field or a custom field number outside 1..10 is
 * refused before anything is sent, and no filter at all needs {@code --all}.
 */
public final class FilterOptions {
  @Option(
      names = "--department",
      paramLabel = "VALUE",
      description = "Only users of this department (case-insensitive, otherwise exact).")
  String department;

  @Option(
      names = "--custom-field",
      paramLabel = "N=VALUE",
      description = "Only users whose customFieldN equals VALUE; N is 1 to 10. Repeatable.")
  List<String> customFields = new ArrayList<>();

  @Option(
      names = "--filter",
      paramLabel = "FIELD=VALUE",
      description = "Any API filter field (department, customField1..customField10, "
          + "case-insensitive). Repeatable.")
  List<String> genericFilters = new ArrayList<>();

  @Option(
      names = "--all",
      description = "Act on every line the account can see. Required when no filter is given.")
  boolean all;

  /**
   * Builds the use-case command from the flags.
   *
   * @return the command: filtered, or every visible line when {@code --all} was given
   * @throws InvalidInputException when a flag is malformed, a field is repeated or a value is
   *     empty, when no filter and no {@code --all} is given, or when both are
   */
  public PhoneLockCommand toCommand() {
    Filter filter = toFilter();
    try {
      return PhoneLockCommand.of(filter, all);
    } catch (PhoneLockCommand.ScopeRefused e) {
      throw new InvalidInputException(switch (e.reason()) {
        case EVERY_LINE_WITH_FILTERS -> "--all cannot be combined with filters (" + filter
            + "); give either --all or filters";
        case NO_FILTER -> "no filter given; use --department, --custom-field N=VALUE or --filter"
            + " FIELD=VALUE, or --all to act on every line the account can see";
      });
    }
  }

  private Filter toFilter() {
    Filter.Builder builder = Filter.builder();
    if (department != null) {
      put("--department", () -> builder.put(FilterField.DEPARTMENT, value("--department",
          department)));
    }
    for (String customField : customFields) {
      String[] parts = splitPair("--custom-field", customField, "N=VALUE");
      put("--custom-field", () -> builder.put(
          customField(customField, parts[0]),
          value("--custom-field", parts[1])));
    }
    for (String generic : genericFilters) {
      String[] parts = splitPair("--filter", generic, "FIELD=VALUE");
      put("--filter", () -> builder.put(parts[0], value("--filter", parts[1])));
    }
    return builder.build();
  }

  /** Adds one flag's filter; the domain's refusal is shown with the flag it came from. */
  private static void put(String flag, Runnable put) {
    try {
      put.run();
    } catch (InvalidFilterException e) {
      throw new InvalidInputException(flag + ": " + e.getMessage());
    }
  }

  /**
   * A filter value as typed. The contract's rules (empty, blank or invisible values) are the
   * domain's ({@link Filter}); here only what argv decoding can break: bytes the locale could not
   * decode.
   */
  private static String value(String flag, String value) {
    Arguments.requireText(flag, value);
    return value;
  }

  private static String[] splitPair(String flag, String text, String shape) {
    int equals = text.indexOf('=');
    if (equals < 0) {
      throw new InvalidInputException(
          flag + " '" + text + "' has no '='; expected " + shape);
    }
    return new String[] {text.substring(0, equals), text.substring(equals + 1)};
  }

  /** The domain's rule ({@link FilterField#customFieldNumbered}), the one of {@code --filter}. */
  private static FilterField customField(String flagValue, String number) {
    return FilterField.customFieldNumbered(number).orElseThrow(() -> new InvalidInputException(
        "--custom-field '" + flagValue + "': custom field number '" + number
            + "' is not accepted; expected 1 to 10, as in --custom-field 1=Example1"));
  }
}
