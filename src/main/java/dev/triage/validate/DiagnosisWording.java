package dev.triage.validate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds outcome wording that claims a diagnosis ("you have", "a diagnosis of", "you are
 * diagnosed"). Saying that a result is not one ("this is not a diagnosis", "nothing is diagnosed")
 * is the opposite of a claim, so a diagnosis word with a negation among the few words before it is
 * let through; "you have" is a claim however it goes on.
 */
final class DiagnosisWording {
  private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z']+");

  /**
   * Phrases that claim a diagnosis, matched in any letter case; the first found is the one
   * reported.
   */
  static final List<String> WORDS = List.of("you have", "diagnosis", "diagnosed");

  /**
   * How many words before a diagnosis word may hold its negation: "is not yet a diagnosis" needs
   * three.
   */
  private static final int WINDOW = 3;

  private static final Set<String> NEGATIONS =
      Set.of(
          "not", "no", "never", "nothing", "without", "cannot", "can't", "isn't", "aren't",
          "doesn't", "don't", "won't", "wasn't", "neither", "nor");

  private DiagnosisWording() {}

  /** The first phrase of {@link #WORDS} that {@code text} uses as a claim, if any. */
  static Optional<String> claim(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String words : WORDS) {
      for (int at = lower.indexOf(words); at >= 0; at = lower.indexOf(words, at + 1)) {
        if (words.startsWith("you") || !negated(lower, at)) {
          return Optional.of(words);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether one of the {@link #WINDOW} words before {@code at} is a negation. */
  private static boolean negated(String lower, int at) {
    String[] before = NOT_A_WORD.split(lower.substring(0, at).replace('\u2019', '\''), -1);
    for (int i = before.length - 1, seen = 0; i >= 0 && seen < WINDOW; i--) {
      if (before[i].isEmpty()) {
        continue;
      }
      if (NEGATIONS.contains(before[i])) {
        return true;
      }
      seen++;
    }
    return false;
  }
}
