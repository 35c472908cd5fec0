package dev.triage.validate;

import dev.triage.diag.Nearest;
import java.util.Optional;

/**
 * The "did you mean" hints of one questionnaire's validation. Only failing lookups pay for one, and
 * a budget caps the number of lookups per questionnaire so a file full of typos still validates in
 * linear time.
 */
final class Suggestions {
  /** Lookups per questionnaire; beyond this, unknown names get no hint. */
  static final int BUDGET = 100;

  private int used;

  /**
   * The hint to append to a message, such as {@code " (did you mean 'sitting-pain'?)"}, or the
   * empty string.
   */
  String hint(String typed, Iterable<String> known) {
    return nearest(typed, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
  }

  /** The first known name within a few edits of {@code typed}, closest first. */
  Optional<String> nearest(String typed, Iterable<String> known) {
    if (used >= BUDGET) {
      return Optional.empty();
    }
    used++;
    return Nearest.within(typed, known, Math.max(1, Math.min(3, typed.length() / 4)));
  }
}
