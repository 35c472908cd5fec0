package dev.triage.diag;

import java.util.Optional;

/**
 * Renders a diagnostic like a compiler: the headline, then the source line and a caret under the
 * column.
 */
public final class DiagnosticPrinter {
  /**
   * Longer lines are quoted as a window around the column, so one minified or hostile line cannot
   * flood a terminal.
   */
  static final int WIDTH = 120;

  private static final String ELLIPSIS = "...";

  private DiagnosticPrinter() {}

  /**
   * The headline, and when the source is known and the position points into it, the quoted line and
   * a caret. Tabs before the column are kept so the caret lines up under them. A problem with the
   * file as a whole (no position) is a line like any other failure's: {@code triage: x.yaml: no
   * such file; ...}, {@code triage: warning: x.yaml: ...}.
   */
  public static String render(Diagnostic d, Optional<SourceText> source) {
    if (!d.pos().known()) {
      String warning = d.severity() == Severity.WARNING ? "warning: " : "";
      return "triage: " + warning + d.file() + ": " + d.message();
    }
    StringBuilder out = new StringBuilder(d.headline());
    if (d.pos().known() && source.isPresent()) {
      String line = source.get().line(d.pos().line());
      if (!line.isEmpty()) {
        int col = Math.min(d.pos().column() - 1, line.length());
        int from = 0;
        int to = line.length();
        if (line.length() > WIDTH) {
          from = Math.max(0, Math.min(col - WIDTH / 2, line.length() - WIDTH));
          to = from + WIDTH;
        }
        String before = from > 0 ? ELLIPSIS : "";
        String after = to < line.length() ? ELLIPSIS : "";
        out.append('\n').append(before).append(line, from, to).append(after).append('\n');
        out.append(" ".repeat(before.length()));
        for (int i = from; i < col; i++) {
          out.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        out.append('^');
      }
    }
    return out.toString();
  }
}
