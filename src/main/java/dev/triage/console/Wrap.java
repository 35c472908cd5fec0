package dev.triage.console;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;

/** Word-wraps plain text to a number of terminal columns, counting wide characters as the terminal does. */
final class Wrap {
  private Wrap() {}

  /**
   * The lines of {@code text} wrapped to {@code width} columns, each starting with {@code indent} (and the first with
   * {@code first}, which must be as wide as {@code indent}); a word longer than a line is left whole rather than cut.
   */
  static List<String> lines(String text, int width, String first, String indent) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.strip().split("\\R")) {
      StringBuilder line = new StringBuilder(lines.isEmpty() ? first : indent);
      int used = columns(line.toString());
      boolean empty = true;
      for (String word : paragraph.strip().split("\\s+")) {
        if (word.isEmpty()) {
          continue;
        }
        int w = columns(word);
        if (!empty && used + 1 + w > width) {
          lines.add(line.toString());
          line = new StringBuilder(indent);
          used = columns(indent);
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
    return List.copyOf(lines);
  }

  static int columns(String s) {
    return new AttributedString(s).columnLength();
  }
}
