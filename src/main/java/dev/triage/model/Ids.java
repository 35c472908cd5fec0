package dev.triage.model;

/**
 * What an id is, in one place: of a questionnaire, red flag, question, choice, outcome or source,
 * or a reference key. Lower-case letters, digits and hyphens, starting with a letter or digit, so
 * an id can never be read as a path, a flag or markup.
 */
public final class Ids {
  private Ids() {}

  /** Whether {@code text} is an id. */
  public static boolean isId(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!letterOrDigit && (c != '-' || i == 0)) {
        return false;
      }
    }
    return !text.isEmpty();
  }

  /**
   * Whether {@code text} is a number as a person types one ("2", "007"), which answers by position.
   */
  public static boolean isNumber(String text) {
    return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
