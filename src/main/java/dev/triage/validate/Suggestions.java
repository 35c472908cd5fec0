package dev.triage.validate;

import java.util.Optional;

/**
 * Finds the known name nearest to a misspelt one, for "did you mean" hints. Only failing lookups pay for it, and a
 * budget caps the number of lookups per questionnaire so a file full of typos still validates in linear time.
 */
final class Suggestions {
  /** Lookups per questionnaire; beyond this, unknown names get no hint. */
  static final int BUDGET = 100;

  private int used;

  /** The hint to append to a message, such as {@code " (did you mean 'sitting-pain'?)"}, or the empty string. */
  String hint(String typed, Iterable<String> known) {
    return nearest(typed, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
  }

  /** The first known name within a few edits of {@code typed}, closest first. */
  Optional<String> nearest(String typed, Iterable<String> known) {
    if (used >= BUDGET) {
      return Optional.empty();
    }
    used++;
    int limit = Math.max(1, Math.min(3, typed.length() / 4));
    String best = null;
    int bestDistance = limit + 1;
    for (String candidate : known) {
      if (Math.abs(candidate.length() - typed.length()) >= bestDistance) {
        continue;
      }
      int d = distance(typed, candidate, bestDistance);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Edits (insert, delete, substitute, swap two neighbours) from {@code a} to {@code b}, or {@code cap} once it is
   * clear the distance is at least that.
   */
  static int distance(String a, String b, int cap) {
    int n = a.length();
    int m = b.length();
    int[] before = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] row = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      row[0] = i;
      int rowMin = row[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(prev[j] + 1, row[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, before[j - 2] + 1);
        }
        row[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin >= cap) {
        return cap;
      }
      int[] spare = before;
      before = prev;
      prev = row;
      row = spare;
    }
    return Math.min(prev[m], cap);
  }
}
