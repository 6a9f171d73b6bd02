package org.phonelock.application;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a connection setting written as text (a flag, an environment variable, a profile's value;
 * README, "Options of lock and unlock") is read as a number or a yes/no. The caller refuses an
 * empty result with the setting's source and what is accepted.
 */
public final class SettingValues {
  private SettingValues() {}

  /**
   * A whole number as a person writes one: decimal digits, an optional leading {@code +},
   * spaces around; at most 9 digits, so it cannot overflow before the range check.
   *
   * @return the number, or empty when it is malformed or outside {@code min..max}
   */
  public static OptionalInt wholeNumber(String text, int min, int max) {
    String number = text.strip();
    if (number.matches("[+]?[0-9]{1,9}")) {
      int value = Integer.parseInt(number);
      if (value >= min && value <= max) {
        return OptionalInt.of(value);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * {@code true} or {@code false}, in any case, spaces around.
   *
   * @return the value, or empty for anything else
   */
  public static Optional<Boolean> trueOrFalse(String text) {
    String word = text.strip().toLowerCase(Locale.ROOT);
    return word.equals("true") || word.equals("false") ? Optional.of(word.equals("true"))
        : Optional.empty();
  }
}
