package dev.triage.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes questionnaire text safe to place in Markdown: it always reads as the plain text written,
 * whatever characters it holds, so it can neither start a heading or list, nor break a table row,
 * nor become emphasis, a link or HTML. A word that a renderer would turn into a link by itself (a
 * bare URL or e-mail address) is shown as code instead.
 */
final class Markdown {
  private static final Pattern ENTITY = Pattern.compile("&(#?[A-Za-z0-9]+;)");
  private static final Pattern LINE_START =
      Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)|^([#>+=-])");

  private Markdown() {}

  /**
   * Inline text: line breaks become spaces (a table row or list item is one line), and every
   * character Markdown or GFM could read as markup is escaped with a backslash.
   */
  static String text(String s) {
    String flat = s.strip().replaceAll("\\s*\\R\\s*", " ");
    StringBuilder out = new StringBuilder(flat.length() + 8);
    int start = 0;
    while (start < flat.length()) {
      int end = start;
      boolean space = flat.charAt(start) == ' ';
      while (end < flat.length() && (flat.charAt(end) == ' ') == space && flat.charAt(end) != '|') {
        end++;
      }
      if (end == start) {
        out.append("\\|"); // a pipe alone: it would end a table cell, even inside a code span
        start++;
        continue;
      }
      String word = flat.substring(start, end);
      out.append(space ? word : linkLike(word) ? codeSpan(word) : escaped(word));
      start = end;
    }
    String escaped = out.toString();
    Matcher m = LINE_START.matcher(escaped);
    if (m.find()) {
      escaped =
          m.group(1) != null
              ? m.group(1) + "\\" + escaped.substring(m.group(1).length())
              : "\\" + escaped;
    }
    return escaped;
  }

  /** A word with every character Markdown or GFM could read as markup escaped. */
  private static String escaped(String word) {
    StringBuilder out = new StringBuilder(word.length() + 4);
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if ("\\`*_[]<~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return ENTITY.matcher(out).replaceAll("\\\\&$1");
  }

  /**
   * Whether a renderer would make a link of this word by itself (GFM's autolinks: a scheme and
   * "://", "www.", or an e-mail address). Escaping cannot stop that, since autolinking reads the
   * text after escapes; a code span can.
   */
  private static boolean linkLike(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    return lower.contains("://") || lower.contains("www.") || lower.contains("@");
  }

  /** The word as an inline code span, whose fence no run of backticks in it can close. */
  private static String codeSpan(String word) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < word.length(); i++) {
      run = word.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = word.startsWith("`") || word.endsWith("`") ? " " : "";
    return fence + pad + word + pad + fence;
  }

  /**
   * Text for a heading line: as {@link #text}, and a closing {@code #} that Markdown would drop is
   * kept.
   */
  static String heading(String s) {
    String t = text(s);
    return t.endsWith("#") ? t.substring(0, t.length() - 1) + "\\#" : t;
  }

  /**
   * A fenced code block whose fence is longer than any run of backticks in the content, so it
   * cannot end early.
   */
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
