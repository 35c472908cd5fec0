package dev.triage.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Wraps plain text at word boundaries, for the result, the list of missing answers and the console;
 * a word longer than the width is left whole, never cut.
 */
public final class Wrap {
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Wrap() {}

  /**
   * The text as lines no wider than {@code width} characters (where words allow), the first
   * starting with {@code first} and the rest with {@code rest}; line breaks in the text are treated
   * as spaces.
   */
  public static List<String> lines(String text, int width, String first, String rest) {
    List<String> lines = new ArrayList<>();
    fill(lines, text, width, first, rest, String::length);
    int last = lines.size() - 1;
    lines.set(last, lines.get(last).stripTrailing());
    return lines;
  }

  /**
   * As {@link #lines}, but each line of the text starts a new line, and widths are measured by
   * {@code columns}: a terminal shows a wide character in two.
   */
  public static List<String> paragraphs(
      String text, int width, String first, String rest, ToIntFunction<String> columns) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : LINE_BREAK.split(text.strip(), -1)) {
      fill(lines, paragraph, width, lines.isEmpty() ? first : rest, rest, columns);
    }
    return List.copyOf(lines);
  }

  /** The wrapped lines joined with line breaks, ending in one. */
  public static String block(String text, int width, String first, String rest) {
    return String.join("\n", lines(text, width, first, rest)) + "\n";
  }

  private static void fill(
      List<String> lines,
      String text,
      int width,
      String first,
      String rest,
      ToIntFunction<String> columns) {
    StringBuilder line = new StringBuilder(first);
    int used = columns.applyAsInt(first);
    boolean empty = true;
    for (String word : SPACES.split(text.strip(), -1)) {
      if (word.isEmpty()) {
        continue;
      }
      int w = columns.applyAsInt(word);
      if (!empty && used + 1 + w > width) {
        lines.add(line.toString());
        line = new StringBuilder(rest);
        used = columns.applyAsInt(rest);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
        used++;
      }
      line.append(word);
      used += w;
      empty = false;
    }
    lines.add(line.toString());
  }
}
