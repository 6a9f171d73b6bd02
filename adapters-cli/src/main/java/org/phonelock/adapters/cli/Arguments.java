package org.phonelock.adapters.cli;

/**
 * Checks text that reached the JVM from the command line or the environment. The JVM decodes
 * argv and environment bytes with the locale's charset and turns bytes that are not text in it
 * into U+FFFD (for example UTF-8 under {@code LANG=C}, as cron often runs). Such a value is not
 * what the user typed, so it is refused before anything is sent instead of being sent mangled.
 */
final class Arguments {
  /** What the JVM puts in place of bytes it cannot decode. */
  static final char REPLACEMENT = '\uFFFD';

  private Arguments() {}

  /**
   * Refuses a value holding U+FFFD.
   *
   * @param source names the input, e.g. {@code --department}; never the value when secret
   * @throws InvalidInputException when {@code value} holds U+FFFD; the message names {@code
   *     source} and the fix, never the value
   */
  static void requireText(String source, String value) {
    if (value.indexOf(REPLACEMENT) >= 0) {
      throw new InvalidInputException(source + " holds bytes that are not valid text in this"
          + " locale (shown as U+FFFD); run with a UTF-8 locale (e.g. LC_ALL=C.UTF-8) and give"
          + " UTF-8 text");
    }
  }
}
