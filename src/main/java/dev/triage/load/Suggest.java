package dev.triage.load;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known word a misspelt one was probably meant to be, for "did you mean ...?" hints. */
final class Suggest {
  private Suggest() {}

  /**
   * The closest known word within a small edit distance (1 for short words, 2 from five letters), or one that differs
   * only in case, hyphens or underscores ({@code nextSteps}, {@code next_steps} for {@code next-steps}).
   */
  static Optional<String> near(String word, Collection<String> known) {
    if (word.length() > 40) {
      return Optional.empty(); // no key is this long, and the distance table would grow with it
    }
    String loose = loosen(word);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      if (loosen(k).equals(loose)) {
        return Optional.of(k);
      }
      int d = distance(word.toLowerCase(Locale.ROOT), k);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    int allowed = word.length() >= 5 ? 2 : 1;
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  private static String loosen(String s) {
    return s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
  }

  /**
   * Edit distance counting a swap of two neighbouring letters as one edit ("txet" is one from "text"), the commonest
   * typing slip; keys are short, so the quadratic table is fine.
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
