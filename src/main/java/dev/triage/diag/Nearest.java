package dev.triage.diag;

import java.util.Locale;
import java.util.Optional;

/**
 * The known name nearest to a mistyped one, for the "did you mean" of every message that offers
 * one. Nearness is the number of edits (insert, delete or replace a character, or swap two
 * neighbours, the commonest typing slip); of two names as near, the first given wins. How many
 * edits still look like a slip is the caller's to say.
 */
public final class Nearest {
  private Nearest() {}

  /** The nearest of {@code known} to {@code typed}, if it is at most {@code limit} edits away. */
  public static Optional<String> within(String typed, Iterable<String> known, int limit) {
    return nearest(typed, known, limit, false);
  }

  /** As {@link #within}, ignoring letter case; the name comes back as {@code known} spells it. */
  public static Optional<String> withinIgnoringCase(
      String typed, Iterable<String> known, int limit) {
    return nearest(typed.toLowerCase(Locale.ROOT), known, limit, true);
  }

  /**
   * An id a person typed (a question, an outcome or a key of a case file): letter case ignored, and
   * one edit allowed for each three characters typed, at least one and at most three.
   */
  public static Optional<String> id(String typed, Iterable<String> ids) {
    return withinIgnoringCase(typed, ids, Math.max(1, Math.min(3, typed.length() / 3)));
  }

  private static Optional<String> nearest(
      String typed, Iterable<String> known, int limit, boolean lower) {
    String best = null;
    int bestDistance = limit + 1;
    for (String candidate : known) {
      // The difference in length is a lower bound of the distance, so most names cost nothing.
      if (Math.abs(candidate.length() - typed.length()) >= bestDistance) {
        continue;
      }
      int d = distance(typed, lower ? candidate.toLowerCase(Locale.ROOT) : candidate, bestDistance);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Edits from {@code a} to {@code b}, or {@code cap} once it is clear there are at least that
   * many: three rows of memory, and a row whose every entry reaches the cap ends the count, so a
   * long name costs little.
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
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
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
