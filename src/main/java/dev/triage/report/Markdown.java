package dev.triage.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes questionnaire text safe to place in Markdown: it always reads as the plain text written, whatever characters
 * it holds, so it can neither start a heading or list, nor break a table row, nor become emphasis, code, a link or
 * HTML.
 */
final class Markdown {
  private static final Pattern ENTITY = Pattern.compile("&(#?[A-Za-z0-9]+;)");
  private static final Pattern LINE_START = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)|^([#>+=-])");

  private Markdown() {}

  /**
   * Inline text: line breaks become spaces (a table row or list item is one line), and every character Markdown or
   * GFM could read as markup is escaped with a backslash.
   */
  static String text(String s) {
    String flat = s.strip().replaceAll("\\s*\\R\\s*", " ");
    StringBuilder out = new StringBuilder(flat.length() + 8);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      if ("\\`*_[]<|~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    String escaped = ENTITY.matcher(out).replaceAll("\\\\&$1");
    Matcher m = LINE_START.matcher(escaped);
    if (m.find()) {
      escaped = m.group(1) != null
          ? m.group(1) + "\\" + escaped.substring(m.group(1).length())
          : "\\" + escaped;
    }
    return escaped;
  }

  /** Text for a heading line: as {@link #text}, and a closing {@code #} that Markdown would drop is kept. */
  static String heading(String s) {
    String t = text(s);
    return t.endsWith("#") ? t.substring(0, t.length() - 1) + "\\#" : t;
  }

  /** A fenced code block whose fence is longer than any run of backticks in the content, so it cannot end early. */
  static String codeBlock(String info, String content) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < content.length(); i++) {
      run = content.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(Math.max(3, longest + 1));
    return fence + info + "\n" + content + "\n" + fence + "\n";
  }
}
