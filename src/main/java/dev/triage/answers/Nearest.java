package dev.triage.answers;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the id nearest to a mistyped one, for "did you mean" hints. */
public final class Nearest {
  private Nearest() {}

  /** The closest id by edit distance, ignoring case, when it is close enough to be a likely typo. */
  public static Optional<String> to(String typed, Collection<String> ids) {
    String t = typed.toLowerCase(Locale.ROOT);
    int limit = Math.max(1, Math.min(3, t.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String id : ids) {
      int d = distance(t, id.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = id;
        bestDistance = d;
      }
    }
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance with two rows of memory. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[b.length()];
  }
}
