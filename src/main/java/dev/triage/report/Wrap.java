package dev.triage.report;

import java.util.ArrayList;
import java.util.List;

/** Wraps plain text at word boundaries for the terminal; a word longer than the width is left whole, never cut. */
public final class Wrap {
  private Wrap() {}

  /**
   * The text as lines no wider than {@code width} (where words allow), the first starting with {@code first} and the
   * rest with {@code rest}; line breaks in the text are treated as spaces.
   */
  public static List<String> lines(String text, int width, String first, String rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    boolean empty = true;
    for (String word : text.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!empty && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder(rest);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    lines.add(line.toString().stripTrailing());
    return lines;
  }

  /** The wrapped lines joined with line breaks, ending in one. */
  public static String block(String text, int width, String first, String rest) {
    return String.join("\n", lines(text, width, first, rest)) + "\n";
  }
}
