package dev.triage.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Questionnaire text shortened to fit a box: line breaks flattened, cut at a whole word with an
 * ellipsis, and wrapped to a width, so that one long question cannot stretch the whole chart.
 */
final class Labels {
  /** Characters per line of a box. */
  static final int WIDTH = 36;

  /** Characters of text a box shows at most; the file holds the rest. */
  static final int MOST = 110;

  private Labels() {}

  /** The text on one line, its white space runs made single spaces. */
  static String flat(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /**
   * The text flattened and cut to at most {@code most} characters, at a space where one is near,
   * with an ellipsis.
   */
  static String cut(String text, int most) {
    String flat = flat(text);
    if (flat.codePointCount(0, flat.length()) <= most) {
      return flat;
    }
    int end = flat.offsetByCodePoints(0, most - 1);
    int space = flat.lastIndexOf(' ', end);
    if (space > end - 20 && space > 0) {
      end = space;
    }
    return flat.substring(0, end).stripTrailing() + "\u2026";
  }

  /**
   * The text cut to {@code most} characters and wrapped at spaces to lines of about {@link #WIDTH}.
   */
  static List<String> wrap(String text, int most) {
    String cut = cut(text, most);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : cut.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** A heading line, then the text wrapped. */
  static List<String> box(String heading, String text) {
    List<String> lines = new ArrayList<>();
    lines.add(cut(heading, MOST));
    lines.addAll(wrap(text, MOST));
    return lines;
  }
}
